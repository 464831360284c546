import { Descriptions, Tag, Typography } from 'antd';
import type { AwardType } from '../../api/model';
import { documentLabel, SUBJECT_LABELS } from '../../lib/labels';

const LEVELS: Record<AwardType['decidingLevel'], string> = {
  unit: 'Thủ trưởng đơn vị quyết định',
  province: 'Chủ tịch UBND tỉnh quyết định',
  central: 'Trung ương quyết định (tỉnh trình)',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** What an award asks for, from the catalog (GET /award-types): who decides, the vote, the documents, the criteria. */
export function AwardCriteria({ award, names }: { award: AwardType; names: (code: string) => string }) {
  const vote = award.voteRule;
  const eligibility = award.eligibility ?? {}; // the catalog may omit criteria
  const collective = eligibility.collective;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label="Thẩm quyền">{LEVELS[award.decidingLevel]}</Descriptions.Item>
      <Descriptions.Item label="Đối tượng">{award.subjects.map((s) => SUBJECT_LABELS[s]).join(', ')}</Descriptions.Item>
      <Descriptions.Item label="Biểu quyết">
        {vote.comparison === 'more_than' ? 'Trên' : 'Từ'} {percent(vote.threshold)} {vote.base === 'all_members' ? 'tổng số thành viên Hội đồng' : 'thành viên có mặt'}
        {vote.secret ? ', bỏ phiếu kín' : ''}
      </Descriptions.Item>
      <Descriptions.Item label="Thành phần hồ sơ">
        {award.requiredDocuments.length ? award.requiredDocuments.map((k) => <Tag key={k}>{documentLabel(k)}</Tag>) : 'Không yêu cầu'}
      </Descriptions.Item>
      {eligibility.priorTitles?.length ? (
        <Descriptions.Item label="Điều kiện danh hiệu trước">
          {eligibility.priorTitles.map((t) => (
            <div key={t.code}>
              {names(t.code)} liên tục {t.consecutiveYears} năm liền trước
            </div>
          ))}
        </Descriptions.Item>
      ) : null}
      {collective && (
        <Descriptions.Item label="Điều kiện tập thể">
          {collective.minLdttRatio !== undefined && <div>Ít nhất {percent(collective.minLdttRatio)} thành viên đạt Lao động tiên tiến</div>}
          {collective.minCstdCoSo !== undefined && <div>Ít nhất {collective.minCstdCoSo} Chiến sĩ thi đua cơ sở</div>}
          {collective.maxDisciplined !== undefined && <div>Không quá {collective.maxDisciplined} người bị kỷ luật</div>}
        </Descriptions.Item>
      )}
      {!eligibility.priorTitles?.length && !collective && (
        <Descriptions.Item label="Tiêu chuẩn">
          <Typography.Text type="secondary">Theo Luật Thi đua, Khen thưởng 2022 và Nghị định 152/2025/NĐ-CP.</Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
