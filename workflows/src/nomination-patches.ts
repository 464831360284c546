import * as wf from '@temporalio/workflow';

// The nomination workflow's patches (README "Changing workflow code", "Patches in force").
/** Patch: a fraction like 2/3 (stored as 0.6667) counts as the whole number of members it stands for. */
export const VOTE_FRACTIONS_SNAP = 'vote-fractions-snap';
/** Patch: a transition is recorded by a local activity, in the task that takes its Update (one task per action). */
export const RECORD_LOCALLY = 'record-transition-locally';
/** Patch: an orphan transition (stored, its Update lost) is taken again instead of refused for good. */
export const ADOPT_ORPHANS = 'adopt-orphan-transitions';
/**
 * Patch: the council's pin and the deadline's plan are read together (two local activities in
 * one go, not one after the other: a worker round trip less per stage opening, issue 18), and
 * the pin is read by the unit the workflow knows (one query less). Runs from before it replay
 * the reads one after the other, as recorded.
 */
export const CONCURRENT_OPENING_READS = 'stage-opening-concurrent-reads';
/**
 * Patch: a nomination started with its submission reads the council's pin and the deadline's
 * plan for the stage the submission opens together with its rules (one local activity, not two
 * rounds of them in the creation's task: issue 18). Runs from before it read them one by one.
 */
export const SUBMISSION_READS_AT_START = 'submission-reads-at-start';
/**
 * Patch: the deadline of a stage opened by an action is planned by the recording of the
 * transition that opens it (one local activity, not a round of them before it: issue 18). The
 * stage is held (every other action and timer waits) until the recording answers with the plan.
 * Runs from before it plan first, then record, as recorded.
 */
export const PLAN_WITH_RECORDING = 'stage-plan-with-recording';
/**
 * Patch: a nomination started with its submission takes the rules and the council's pin the API
 * read to accept it (NominationWorkflowInput.submission) instead of reading them again, and the
 * stage's deadline is planned by the recording: the creation's workflow task runs one local
 * activity, the recording (issue 18). Runs from before it read them first (loadSubmission).
 */
export const SUBMISSION_FROM_THE_API = 'submission-from-the-api';

/**
 * Patch: a nomination started since takes every patch above at once, with one marker at its
 * start, instead of one marker (and one search-attribute upsert) per patch as it first meets it:
 * a creation's history had four of each, ~1.5 ms of the engine's CPU (issue 18). A patch added
 * later is never in this list: runs started before it must not take it on replay.
 */
export const PATCHES_OF_2026_11 = 'nomination-patches-2026-11';
const IN_PATCHES_OF_2026_11: ReadonlySet<NominationPatchId> = new Set<NominationPatchId>([
  VOTE_FRACTIONS_SNAP,
  RECORD_LOCALLY,
  ADOPT_ORPHANS,
  CONCURRENT_OPENING_READS,
  SUBMISSION_READS_AT_START,
  PLAN_WITH_RECORDING,
  SUBMISSION_FROM_THE_API,
]);

/** A patch of the nomination workflow (a typo is a compile error, not a new patch). */
export type NominationPatchId =
  | typeof VOTE_FRACTIONS_SNAP
  | typeof RECORD_LOCALLY
  | typeof ADOPT_ORPHANS
  | typeof CONCURRENT_OPENING_READS
  | typeof SUBMISSION_READS_AT_START
  | typeof PLAN_WITH_RECORDING
  | typeof SUBMISSION_FROM_THE_API;

/** Whether this run takes a patch's new branch (`wf.patched` for each patch, once per run for those of 2026-11). */
export interface NominationPatches {
  has(patchId: NominationPatchId): boolean;
}

/**
 * Asked first thing in a run. Replaying a run started before PATCHES_OF_2026_11, its first task
 * holds no such marker, so this run asks each patch itself, exactly as the code before it did.
 */
export function nominationPatches(): NominationPatches {
  const since2026_11 = wf.patched(PATCHES_OF_2026_11);
  return { has: (patchId) => (since2026_11 && IN_PATCHES_OF_2026_11.has(patchId)) || wf.patched(patchId) };
}
