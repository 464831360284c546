import { isRole } from '../roles';
import { assertValidPipeline, BreachAction, PipelineDefinition, STAGE_KINDS, StageDefinition, StageKind } from './pipeline';

export const BREACH_ACTIONS = ['tally', 'escalate', 'expire', 'remind', 'none'] as const satisfies readonly BreachAction[];

/** Longest SLA an admin may set: about one working year. */
export const MAX_SLA_WORKING_DAYS = 250;
/** Earliest reminder: three working months before the due date. */
export const MAX_REMINDER_OFFSET = 60;

/**
 * What the nomination workflow does on a breach, per stage (DESIGN §3): the council tallies
 * the votes cast or escalates; appraisal and signing escalate and keep waiting; a central
 * decision is chased. `unit_proposal` has no deadline of its own (intake closes with the
 * campaign), and `supplement` is entered from appraisal, so neither may choose.
 */
export const BREACH_ACTIONS_BY_KIND: Record<StageKind, readonly BreachAction[]> = {
  unit_proposal: ['none'],
  council_review: ['tally', 'escalate'],
  appraisal: ['escalate'],
  supplement: ['expire'],
  signing: ['escalate'],
  external_decision: ['remind', 'escalate'],
};

/** Signing authorities become part of decision numbers (`12/QĐ-UBND`); `UNIT` means the nominating unit's code. */
export const AUTHORITY_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

const isDays = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/** Fields that belong to one kind only: set anywhere else they would be silently ignored. */
const OWN_FIELDS: [keyof StageDefinition, StageKind][] = [
  ['councilScope', 'council_review'],
  ['authority', 'signing'],
  ['produces', 'signing'],
  ['supplementSlaWorkingDays', 'appraisal'],
];

function stageProblems(s: StageDefinition, where: string): string[] {
  const problems: string[] = [];
  if (!isDays(s.slaWorkingDays, MAX_SLA_WORKING_DAYS)) problems.push(`${where}: slaWorkingDays must be an integer 0..${MAX_SLA_WORKING_DAYS}`);
  const offsets = s.reminderOffsets ?? [];
  if (!offsets.every((o) => isDays(o, MAX_REMINDER_OFFSET))) problems.push(`${where}: reminderOffsets must be integers 0..${MAX_REMINDER_OFFSET}`);
  if (new Set(offsets).size !== offsets.length) problems.push(`${where}: reminderOffsets must not repeat`);
  if (offsets.length > 0 && s.slaWorkingDays === 0) problems.push(`${where}: reminders need a deadline (slaWorkingDays > 0)`);
  if (offsets.some((o) => o > s.slaWorkingDays)) problems.push(`${where}: a reminder offset cannot exceed the SLA (${s.slaWorkingDays} working days)`);
  const allowed = BREACH_ACTIONS_BY_KIND[s.kind];
  if (!allowed.includes(s.onBreach)) problems.push(`${where}: onBreach must be ${allowed.join(' or ')} for ${s.kind}, not ${s.onBreach}`);
  if (s.kind === 'unit_proposal' && s.slaWorkingDays !== 0) {
    problems.push(`${where}: unit_proposal has no deadline of its own (intake closes with the campaign); slaWorkingDays must be 0`);
  }
  for (const [field, kind] of OWN_FIELDS) {
    if (s[field] !== undefined && s.kind !== kind) problems.push(`${where}: ${field} applies only to ${kind}`);
  }
  if (s.escalateTo !== undefined && !isRole(s.escalateTo)) problems.push(`${where}: escalateTo must be a role, not ${s.escalateTo}`);
  if (s.authority !== undefined && !AUTHORITY_PATTERN.test(s.authority)) {
    problems.push(`${where}: authority must be 1–40 of A–Z, 0–9, _ or - (it is part of decision numbers)`);
  }
  if (s.supplementSlaWorkingDays !== undefined && !isDays(s.supplementSlaWorkingDays, MAX_SLA_WORKING_DAYS)) {
    problems.push(`${where}: supplementSlaWorkingDays must be an integer 0..${MAX_SLA_WORKING_DAYS}`);
  }
  return problems;
}

/** The order the nomination workflow can run: proposal first, signing after review, a central decision only after a submission. */
function orderProblems(stages: StageDefinition[]): string[] {
  const problems: string[] = [];
  const at = (kind: StageKind) => stages.findIndex((s) => s.kind === kind);
  const signing = at('signing');
  if (signing < 0) return ['a pipeline needs a signing stage (decisions and submissions come from it)'];
  // Resubmitted supplements and returns from signing go back to appraisal: without it they would skip signing.
  if (at('appraisal') < 0) return ['a pipeline needs an appraisal stage (supplements and returns from signing go back to it)'];
  for (const kind of ['council_review', 'appraisal'] as const) {
    if (at(kind) > signing) problems.push(`${kind} must come before signing`);
  }
  const external = at('external_decision');
  const submits = stages[signing].produces === 'submission';
  if (external >= 0 && external !== signing + 1) problems.push('external_decision must come right after signing');
  if (external < 0 && signing !== stages.length - 1) problems.push('signing must be the last stage unless an external_decision follows it');
  if (submits && external < 0) problems.push('a signing stage that produces a submission needs an external_decision stage after it');
  if (!submits && external >= 0) problems.push('an external_decision stage needs a signing stage that produces a submission');
  return problems;
}

/**
 * Everything wrong with a pipeline an admin wants to publish, in words an admin can act on
 * (empty when it is valid). A published version is immutable and running nominations pin it,
 * so this refuses anything the nomination workflow would not run as written.
 */
export function pipelineProblems(p: PipelineDefinition): string[] {
  const problems: string[] = [];
  try {
    assertValidPipeline(p);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  if (!p.name?.trim()) problems.push('a pipeline needs a name');
  const seen = new Set<StageKind>();
  p.stages.forEach((s, i) => {
    const where = `stages[${i}] (${s.kind})`;
    if (!(STAGE_KINDS as readonly string[]).includes(s.kind)) {
      problems.push(`${where}: unknown stage kind; use one of ${STAGE_KINDS.filter((k) => k !== 'supplement').join(', ')}`);
      return;
    }
    if (s.kind === 'supplement') {
      problems.push(`${where}: supplement is entered from appraisal, not listed; set appraisal.supplementSlaWorkingDays instead`);
      return;
    }
    if (seen.has(s.kind)) problems.push(`${where}: each stage kind may appear only once`);
    seen.add(s.kind);
    problems.push(...stageProblems(s, where));
  });
  if (problems.length === 0) problems.push(...orderProblems(p.stages));
  return problems;
}
