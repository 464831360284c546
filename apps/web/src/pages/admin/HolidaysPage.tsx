import { useState } from 'react';
import { Button, Calendar, Card, Col, Flex, List, Row, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import type { HolidayDay } from '../../api/model';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { dayjs, formatLocalDate } from '../../lib/format';
import { holidayQueries } from '../../queries/reference';
import './holidays.css';

const KIND: Record<HolidayDay['kind'], { label: string; color: string }> = {
  holiday: { label: 'Nghỉ', color: 'red' },
  working_saturday: { label: 'Làm bù', color: 'blue' },
};

/** The working calendar (GET /holidays?year=): days off and compensatory working Saturdays, a month at a time. */
export default function HolidaysPage() {
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const year = useQuery(holidayQueries.year(month.year()));
  const byDate = new Map((year.data?.days ?? []).map((d) => [d.date, d]));
  const inMonth = (year.data?.days ?? []).filter((d) => d.date.startsWith(month.format('YYYY-MM')));

  return (
    <>
      <PageHeader title="Lịch ngày nghỉ, ngày làm bù">Hạn xử lý được tính theo ngày làm việc: thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, cộng ngày làm bù.</PageHeader>
      {year.isError && <QueryError error={year.error} retry={() => void year.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d)}
              onChange={(d) => setMonth(d)}
              headerRender={() => (
                <Flex justify="space-between" align="center" style={{ padding: '4px 8px 12px' }}>
                  <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
                    Tháng {month.format('MM/YYYY')}
                  </Typography.Title>
                  <Flex gap={8}>
                    <Button icon={<LeftOutlined aria-hidden />} aria-label="Tháng trước" onClick={() => setMonth(month.subtract(1, 'month'))} />
                    <Button onClick={() => setMonth(dayjs())}>Hôm nay</Button>
                    <Button icon={<RightOutlined aria-hidden />} aria-label="Tháng sau" onClick={() => setMonth(month.add(1, 'month'))} />
                  </Flex>
                </Flex>
              )}
              fullCellRender={(date, info) => {
                if (info.type !== 'date') return info.originNode;
                const day = byDate.get(date.format('YYYY-MM-DD'));
                const weekend = date.day() === 0 || date.day() === 6;
                return (
                  <div className={`ktf-day ${date.month() !== month.month() ? 'ktf-day-out' : ''} ${weekend && day?.kind !== 'working_saturday' ? 'ktf-day-weekend' : ''} ${day ? `ktf-day-${day.kind}` : ''}`}>
                    <div className="ktf-day-number">{date.date()}</div>
                    {day && (
                      <Tag color={KIND[day.kind].color} className="ktf-day-tag" title={day.name}>
                        {KIND[day.kind].label}
                      </Tag>
                    )}
                  </div>
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={`Ngày nghỉ, làm bù trong tháng ${month.format('MM/YYYY')}`} loading={year.isPending}>
            <List
              dataSource={inMonth}
              locale={{ emptyText: 'Không có ngày nghỉ lễ hay làm bù trong tháng' }}
              renderItem={(d) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>{formatLocalDate(d.date)}</Typography.Text> <Tag color={KIND[d.kind].color}>{KIND[d.kind].label}</Tag>
                    <div>
                      {d.name}
                      {d.estimated && <Typography.Text type="secondary"> (dự kiến)</Typography.Text>}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
