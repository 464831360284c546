import { PipelineDefinition } from './pipeline';

/**
 * Seed pipelines (DOMAIN.md, "Time limits"). Data: admins version them; these are
 * only the defaults written on first start.
 */
export const DEFAULT_PIPELINES: PipelineDefinition[] = [
  {
    code: 'unit-level',
    version: 1,
    name: 'Khen thưởng cấp đơn vị (Thủ trưởng đơn vị quyết định)',
    stages: [
      { kind: 'unit_proposal', slaWorkingDays: 0, reminderOffsets: [], onBreach: 'none' },
      { kind: 'council_review', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'tally', councilScope: 'unit' },
      { kind: 'appraisal', slaWorkingDays: 10, reminderOffsets: [2, 0], onBreach: 'escalate', supplementSlaWorkingDays: 10 },
      { kind: 'signing', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'escalate', authority: 'UNIT', produces: 'decision' },
    ],
  },
  {
    code: 'provincial',
    version: 1,
    name: 'Khen thưởng của Chủ tịch UBND tỉnh',
    stages: [
      { kind: 'unit_proposal', slaWorkingDays: 0, reminderOffsets: [], onBreach: 'none' },
      { kind: 'council_review', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'tally', councilScope: 'province' },
      { kind: 'appraisal', slaWorkingDays: 20, reminderOffsets: [2, 0], onBreach: 'escalate', supplementSlaWorkingDays: 10 },
      { kind: 'signing', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'escalate', authority: 'UBND', produces: 'decision' },
    ],
  },
  {
    code: 'central',
    version: 1,
    name: 'Đề nghị khen thưởng cấp Nhà nước (Thủ tướng, Chủ tịch nước)',
    stages: [
      { kind: 'unit_proposal', slaWorkingDays: 0, reminderOffsets: [], onBreach: 'none' },
      { kind: 'council_review', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'tally', councilScope: 'province' },
      { kind: 'appraisal', slaWorkingDays: 20, reminderOffsets: [2, 0], onBreach: 'escalate', supplementSlaWorkingDays: 10 },
      { kind: 'signing', slaWorkingDays: 5, reminderOffsets: [2, 0], onBreach: 'escalate', authority: 'UBND', produces: 'submission' },
      { kind: 'external_decision', slaWorkingDays: 30, reminderOffsets: [10, 0], onBreach: 'remind' },
    ],
  },
];
