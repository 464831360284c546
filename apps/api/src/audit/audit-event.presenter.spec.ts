import type { AuditEventRow } from '#ktf/persistence';
import { presentAuditEvent, presentHistoryEvent, TrailEvent } from './audit-event.presenter';

const HASH = 'a'.repeat(64);
const PREV = 'b'.repeat(64);

/** A nomination's stage change as its chain holds it (the entity: occurredAt is a Date). */
const chainEntity: TrailEvent = {
  sequence: 3,
  occurredAt: new Date('2025-03-04T05:06:07.089Z'),
  actorId: 'u-1',
  actorRole: 'unit_officer',
  action: 'stage_opened',
  stageBefore: 'unit_proposal',
  stageAfter: 'council_review',
  reason: null,
  payload: { round: 1 },
  workflowId: 'nomination-n-1',
  runId: 'run-1',
  hash: HASH,
};

/** The same event as the audit queries read it (occurredAt as text, with the row's metadata). */
const auditRow: AuditEventRow = {
  ...chainEntity,
  id: '42',
  subjectType: 'nomination',
  subjectId: 'n-1',
  occurredAt: '2025-03-04T05:06:07.089Z',
  prevHash: PREV,
  recordedAt: '2025-03-04T05:06:07.200Z',
};

const shared = {
  sequence: 3,
  occurredAt: '2025-03-04T05:06:07.089Z',
  actorId: 'u-1',
  actorRole: 'unit_officer',
  action: 'stage_opened',
  labelVi: 'Chuyển sang bước: Hội đồng Thi đua - Khen thưởng xét',
  labelEn: 'Moved to stage: Council review',
  stageBefore: 'unit_proposal',
  stageAfter: 'council_review',
  reason: null,
  payload: { round: 1 },
  workflowId: 'nomination-n-1',
  runId: 'run-1',
  hash: HASH,
};

describe('the one presenter of audit events', () => {
  it('shows a nomination history event with the shared fields, the labels and who acted by name', () => {
    expect(presentHistoryEvent(chainEntity, 'Nguyễn Thị Lan')).toStrictEqual({ ...shared, actorName: 'Nguyễn Thị Lan' });
  });

  it('shows an audit event with the shared fields and the row’s id, subject, link and recording time', () => {
    expect(presentAuditEvent(auditRow)).toStrictEqual({
      id: '42',
      subjectType: 'nomination',
      subjectId: 'n-1',
      ...shared,
      prevHash: PREV,
      recordedAt: '2025-03-04T05:06:07.200Z',
    });
  });

  it('labels an action without a stage by the action’s own label, and an unknown one by its code', () => {
    const submitted = presentHistoryEvent({ ...chainEntity, action: 'submitted', stageAfter: null }, null);
    expect([submitted.labelVi, submitted.labelEn, submitted.actorName]).toEqual(['Đơn vị đã gửi hồ sơ đề nghị', 'Nomination submitted by the unit', null]);
    const unknown = presentHistoryEvent({ ...chainEntity, action: 'something_new', stageAfter: null }, null);
    expect([unknown.labelVi, unknown.labelEn]).toEqual(['something_new', 'something_new']);
  });
});
