/** Stage kinds a pipeline is made of (DESIGN §3). `supplement` is entered from appraisal. */
export const STAGE_KINDS = [
  'unit_proposal',
  'council_review',
  'appraisal',
  'supplement',
  'signing',
  'external_decision',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const TERMINAL_STATUSES = ['awarded', 'rejected', 'withdrawn', 'expired'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];
export type NominationStatus = 'draft' | 'in_progress' | TerminalStatus;

export const isTerminal = (status: NominationStatus): status is TerminalStatus =>
  (TERMINAL_STATUSES as readonly string[]).includes(status);

export type BreachAction = 'tally' | 'escalate' | 'expire' | 'remind' | 'none';

export interface StageDefinition {
  kind: StageKind;
  /** SLA in working days; 0 means no deadline. */
  slaWorkingDays: number;
  /** Reminder offsets in working days before the due date (0 = on the due date). */
  reminderOffsets: number[];
  onBreach: BreachAction;
  /** council_review: whose council votes. */
  councilScope?: 'province' | 'unit';
  /** signing: the authority whose signer signs and whose decision numbers are used. */
  authority?: string;
  /** signing: 'decision' awards here; 'submission' sends a tờ trình to the central level. */
  produces?: 'decision' | 'submission';
  /** supplement: SLA for the unit to resubmit. */
  supplementSlaWorkingDays?: number;
  /** escalate: the role told when the deadline is breached (default admin). */
  escalateTo?: string;
}

export interface PipelineDefinition {
  code: string;
  version: number;
  name: string;
  stages: StageDefinition[];
}

export function assertValidPipeline(p: PipelineDefinition): void {
  if (p.stages.length === 0 || p.stages[0].kind !== 'unit_proposal') {
    throw new RangeError(`pipeline ${p.code}: the first stage must be unit_proposal`);
  }
  for (const s of p.stages) {
    if (!Number.isInteger(s.slaWorkingDays) || s.slaWorkingDays < 0) {
      throw new RangeError(`pipeline ${p.code}: stage ${s.kind} needs a non-negative integer SLA`);
    }
    if (s.kind === 'signing' && !s.authority) {
      throw new RangeError(`pipeline ${p.code}: the signing stage needs an authority`);
    }
  }
}

/** The stage after `current`, or undefined when the pipeline ends there. */
export function stageAfter(p: PipelineDefinition, current: StageKind): StageDefinition | undefined {
  const i = p.stages.findIndex((s) => s.kind === current);
  return i < 0 ? undefined : p.stages[i + 1];
}

export function stageOf(p: PipelineDefinition, kind: StageKind): StageDefinition | undefined {
  return p.stages.find((s) => s.kind === kind);
}

/** The deadline rule of a stage: its SLA, reminders and breach action; supplement takes its SLA from appraisal. */
export function stageDeadlineRule(p: PipelineDefinition, kind: StageKind): Pick<StageDefinition, 'slaWorkingDays' | 'reminderOffsets' | 'onBreach' | 'escalateTo'> {
  if (kind === 'supplement') {
    const appraisal = stageOf(p, 'appraisal');
    return { slaWorkingDays: appraisal?.supplementSlaWorkingDays ?? 0, reminderOffsets: appraisal?.reminderOffsets ?? [], onBreach: 'expire' };
  }
  return stageOf(p, kind) ?? { slaWorkingDays: 0, reminderOffsets: [], onBreach: 'none' };
}
