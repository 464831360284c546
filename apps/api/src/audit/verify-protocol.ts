import type { ChainVerifyResult } from '#ktf/domain';
import type { AuditEventFilter, ChainKeyRange } from '#ktf/persistence';

/** What a verify worker thread is started with. */
export interface VerifyWorkerData {
  databaseUrl: string;
}

/** One key range to verify in an exported snapshot. */
export interface RangeTask {
  type: 'range';
  task: number;
  snapshot: string;
  filter: AuditEventFilter;
  range: ChainKeyRange;
  maxBreaks: number;
}

export type ToWorker = RangeTask | { type: 'stop'; task: number } | { type: 'close' };

/** Counts so far in one range (cumulative, sent after each batch). */
export interface RangeProgress {
  checked: number;
  chains: number;
  broken: number;
}

export type FromWorker =
  | ({ type: 'progress'; task: number } & RangeProgress)
  | { type: 'done'; task: number; result: ChainVerifyResult }
  | { type: 'failed'; task: number; message: string };
