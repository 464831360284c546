import { useState } from 'react';
import { App, Button, Calendar, Card, Checkbox, Col, DatePicker, Flex, Form, Input, List, Popconfirm, Radio, Row, Tag, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import type { HolidayDay } from '../../api/model';
import { isProblem } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { dayjs, formatLocalDate } from '../../lib/format';
import { useRemoveHoliday, useSetHoliday } from '../../queries/admin';
import { holidayQueries } from '../../queries/reference';
import { FormModal } from './FormModal';
import './holidays.css';

type DayValues = { date: Dayjs; kind: HolidayDay['kind']; name: string; estimated?: boolean };

const KIND: Record<HolidayDay['kind'], { label: string; color: string }> = {
  holiday: { label: 'Nghỉ', color: 'red' },
  working_saturday: { label: 'Làm bù', color: 'blue' },
};

/**
 * The working calendar (GET /holidays?year=): days off and compensatory working Saturdays, a
 * month at a time. An admin picks a day to add, change or remove it (deadlines already planned keep theirs).
 */
export default function HolidaysPage() {
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [editing, setEditing] = useState<Partial<DayValues> | null>(null);
  const setDay = useSetHoliday();
  const removeDay = useRemoveHoliday();
  const remove = async (d: HolidayDay) => {
    try {
      await removeDay.mutateAsync(d.date);
      void message.success(`Đã bỏ ngày ${formatLocalDate(d.date)} khỏi lịch.`);
    } catch (e) {
      void message.error(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không kết nối được máy chủ.');
    }
  };
  const edit = (date: Dayjs) => {
    const day = byDate.get(date.format('YYYY-MM-DD'));
    setEditing(day ? { date, kind: day.kind, name: day.name, estimated: day.estimated } : { date, kind: date.day() === 6 ? 'working_saturday' : 'holiday' });
  };
  const year = useQuery(holidayQueries.year(month.year()));
  const byDate = new Map((year.data?.days ?? []).map((d) => [d.date, d]));
  const inMonth = (year.data?.days ?? []).filter((d) => d.date.startsWith(month.format('YYYY-MM')));

  return (
    <>
      <PageHeader
        title="Lịch ngày nghỉ, ngày làm bù"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ kind: 'holiday' })}>
            Thêm ngày
          </Button>
        }
      >
        Hạn xử lý được tính theo ngày làm việc: thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, cộng ngày làm bù. Chọn một ngày trên lịch để thêm, sửa hoặc bỏ;
        hạn đã tính của hồ sơ đang xử lý không đổi.
      </PageHeader>
      {year.isError && <QueryError error={year.error} retry={() => void year.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d)}
              onChange={(d) => setMonth(d)}
              onSelect={(d, info) => info.source === 'date' && edit(d)}
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
                <List.Item
                  actions={[
                    <Button key="edit" size="small" aria-label={`Sửa ngày ${formatLocalDate(d.date)}`} onClick={() => edit(dayjs(d.date))}>
                      Sửa
                    </Button>,
                    <Popconfirm key="remove" title={`Bỏ ngày ${formatLocalDate(d.date)} khỏi lịch?`} okText="Bỏ" cancelText="Huỷ" onConfirm={() => void remove(d)}>
                      <Button size="small" danger aria-label={`Bỏ ngày ${formatLocalDate(d.date)}`}>
                        Bỏ
                      </Button>
                    </Popconfirm>,
                  ]}
                >
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
      <FormModal<DayValues>
        open={editing !== null}
        title={editing?.date ? `Ngày ${editing.date.format('DD/MM/YYYY')}` : 'Thêm ngày nghỉ hoặc làm bù'}
        okText="Lưu"
        initialValues={editing ?? undefined}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          await setDay.mutateAsync({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name, estimated: v.estimated ?? false });
          setMonth(v.date);
          void message.success(`Đã lưu ngày ${v.date.format('DD/MM/YYYY')}.`);
        }}
      >
        <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="kind" label="Loại ngày">
          <Radio.Group
            options={[
              { value: 'holiday', label: 'Ngày nghỉ' },
              { value: 'working_saturday', label: 'Thứ Bảy làm bù' },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label="Tên (lý do)" rules={[{ required: true, whitespace: true, message: 'Nhập tên ngày nghỉ hoặc lý do làm bù' }]}>
          <Input maxLength={200} placeholder="Nghỉ bù Quốc khánh" />
        </Form.Item>
        <Form.Item name="estimated" valuePropName="checked">
          <Checkbox>Dự kiến (ngày âm lịch chưa công bố chính thức)</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}
