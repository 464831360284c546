/** What the signer signs: a quyết định (decision) or, for central awards, a tờ trình (submission). */
export type DecisionKind = 'decision' | 'submission';

const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * Decision numbers restart each calendar year in Asia/Ho_Chi_Minh (UTC+7, no DST): a decision
 * signed at 00:30 on 1 January local time (17:30 UTC on 31 December) is the new year's.
 */
export const decisionYear = (signedAt: Date): number => new Date(signedAt.getTime() + VN_OFFSET_MS).getUTCFullYear();

/** `<seq>/QĐ-<authority>` for a decision, `<seq>/TTr-<authority>` for a submission. */
export const formatDecisionNumber = (kind: DecisionKind, seq: number, authority: string): string =>
  `${seq}/${kind === 'decision' ? 'QĐ' : 'TTr'}-${authority}`;
