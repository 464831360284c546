import { DEFAULT_PIPELINES } from './default-pipelines';
import { PipelineDefinition, StageDefinition } from './pipeline';
import { pipelineProblems } from './pipeline-rules';

const provincial = DEFAULT_PIPELINES.find((p) => p.code === 'provincial') as PipelineDefinition;
const central = DEFAULT_PIPELINES.find((p) => p.code === 'central') as PipelineDefinition;

/** The provincial pipeline with one stage changed (or the stage list replaced). */
function withStage(kind: string, change: Partial<StageDefinition>, base = provincial): PipelineDefinition {
  return { ...base, stages: base.stages.map((s) => (s.kind === kind ? { ...s, ...change } : s)) };
}
const expectProblem = (p: PipelineDefinition, fragment: string) => expect(pipelineProblems(p).join('\n')).toContain(fragment);

describe('pipelineProblems', () => {
  it('accepts every seeded pipeline', () => {
    for (const p of DEFAULT_PIPELINES) expect(pipelineProblems(p)).toEqual([]);
  });

  it('keeps the rules of assertValidPipeline', () => {
    expectProblem({ ...provincial, stages: provincial.stages.slice(1) }, 'the first stage must be unit_proposal');
    expectProblem(withStage('signing', { authority: undefined }), 'the signing stage needs an authority');
  });

  it('bounds SLAs and reminder offsets', () => {
    expectProblem(withStage('appraisal', { slaWorkingDays: 251 }), 'slaWorkingDays must be an integer 0..250');
    expectProblem(withStage('appraisal', { slaWorkingDays: 2.5 }), 'slaWorkingDays must be an integer');
    expectProblem(withStage('appraisal', { reminderOffsets: [61] }), 'reminderOffsets must be integers 0..60');
    expectProblem(withStage('council_review', { slaWorkingDays: 3, reminderOffsets: [5] }), 'cannot exceed the SLA');
    expectProblem(withStage('council_review', { reminderOffsets: [2, 2] }), 'must not repeat');
    expectProblem(withStage('unit_proposal', { slaWorkingDays: 5 }), 'unit_proposal has no deadline of its own');
  });

  it('allows only the breach actions the workflow runs for each kind', () => {
    expectProblem(withStage('appraisal', { onBreach: 'tally' }), 'onBreach must be escalate for appraisal, not tally');
    expectProblem(withStage('signing', { onBreach: 'expire' }), 'onBreach must be escalate for signing');
    expect(pipelineProblems(withStage('council_review', { onBreach: 'escalate', escalateTo: 'council_secretary' }))).toEqual([]);
    expectProblem(withStage('council_review', { escalateTo: 'chairman' }), 'escalateTo must be a role');
  });

  it('refuses unknown, repeated and unlisted stages', () => {
    const stages = provincial.stages;
    expectProblem({ ...provincial, stages: [...stages.slice(0, 2), { ...stages[1] }, ...stages.slice(2)] }, 'each stage kind may appear only once');
    expectProblem({ ...provincial, stages: [...stages, { kind: 'public_posting' as never, slaWorkingDays: 10, reminderOffsets: [], onBreach: 'none' }] }, 'unknown stage kind');
    expectProblem({ ...provincial, stages: [...stages, { kind: 'supplement', slaWorkingDays: 10, reminderOffsets: [], onBreach: 'expire' }] }, 'supplement is entered from appraisal');
  });

  it('puts fields on the kinds that use them', () => {
    expectProblem(withStage('appraisal', { authority: 'UBND' }), 'authority applies only to signing');
    expectProblem(withStage('signing', { councilScope: 'unit' }), 'councilScope applies only to council_review');
    expectProblem(withStage('signing', { authority: 'ubnd' }), 'authority must be 1–40 of A–Z');
  });

  it('keeps an order the nomination workflow can run', () => {
    const [proposal, council, appraisal, signing] = provincial.stages;
    expectProblem({ ...provincial, stages: [proposal, council, signing] }, 'needs an appraisal stage');
    expectProblem({ ...provincial, stages: [proposal, council, appraisal] }, 'needs a signing stage');
    expectProblem({ ...provincial, stages: [proposal, signing, council, appraisal] }, 'council_review must come before signing');
    // Appraisal before the council is how some provinces work (Ban TĐKT checks, then the council meets).
    expect(pipelineProblems({ ...provincial, stages: [proposal, appraisal, council, signing] })).toEqual([]);
    expectProblem(withStage('signing', { produces: 'decision' }, central), 'needs a signing stage that produces a submission');
    expectProblem(withStage('signing', { produces: 'submission' }), 'needs an external_decision stage after it');
    const [, , , , external] = central.stages;
    expectProblem({ ...central, stages: [proposal, council, appraisal, external, central.stages[3]] }, 'external_decision must come right after signing');
  });
});
