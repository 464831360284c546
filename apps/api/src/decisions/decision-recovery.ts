import { Client } from '@temporalio/client';
import type { DecisionOutcome, DecisionWorkflowInput } from '#ktf/contracts';
import { Actor, isRole } from '#ktf/domain';
import { DecisionRepository, ReferenceRepository } from '#ktf/persistence';
import { isRunning, startOrJoin } from './decision-runs';

export interface RecoveryReport {
  /** Decisions left `numbered`: their workflow now signs the rest and seals them. */
  resumed: string[];
  /** Decision ids with reservations but no row (no number): their workflow now releases them. */
  released: string[];
  /** What could not be recovered, and why (logged; the next run tries again). */
  skipped: { decisionId: string; why: string }[];
  /** The workflows started, to wait for if the caller wants to. */
  results: Promise<DecisionOutcome>[];
}

/**
 * Recovers what batch signing left behind before it was a workflow (a request killed midway):
 * a decision stuck `numbered` is finished by a decision workflow in `resume` mode, and
 * nominations reserved for a decision that has no row are released by one in `release` mode.
 * Either way the decision's own workflow does it, acting for the signer who started it; nothing
 * is edited by hand. Only what is older than `graceMs` is touched (a request of the old code
 * still running during a deploy finishes on its own), and nothing whose workflow is running.
 * Idempotent: run at API start-up, and by `npm run -s decisions:recover`.
 */
export class DecisionRecovery {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly decisions: DecisionRepository,
    private readonly references: ReferenceRepository,
  ) {}

  async recover(graceMs = 60_000): Promise<RecoveryReport> {
    const before = new Date(Date.now() - graceMs);
    const report: RecoveryReport = { resumed: [], released: [], skipped: [], results: [] };
    const run = async (input: DecisionWorkflowInput, into: string[]) => {
      const handle = await startOrJoin(this.client, this.taskQueue, input);
      into.push(input.decisionId);
      report.results.push(handle.result());
    };
    for (const d of await this.decisions.numberedBefore(before)) {
      if (await isRunning(this.client, d.id)) continue;
      const signer = await this.signer(d.signerId);
      if (!signer) {
        report.skipped.push({ decisionId: d.id, why: `signer ${d.signerId} is not a known signer` });
        continue;
      }
      await run({ decisionId: d.id, mode: 'resume', ...signer, nominationIds: d.nominationIds, kind: d.kind, authority: d.authority }, report.resumed);
    }
    for (const o of await this.decisions.orphanReservations(before)) {
      if (await isRunning(this.client, o.decisionId)) continue;
      const signer = o.reservedBy ? await this.signer(o.reservedBy) : null;
      if (!signer) {
        report.skipped.push({ decisionId: o.decisionId, why: 'no signer found for the reservation in the audit trail' });
        continue;
      }
      const authority = signer.signerAuthority ?? '';
      await run({ decisionId: o.decisionId, mode: 'release', ...signer, nominationIds: o.nominationIds, kind: 'decision', authority }, report.released);
    }
    // Nobody may be waiting for these: a failure is in the workflow's history, not an unhandled rejection here.
    for (const r of report.results) r.catch(() => undefined);
    return report;
  }

  /** The signer as the API would have built them from their token, with their authority. */
  private async signer(userId: string): Promise<{ actor: Actor; signerAuthority: string | null } | null> {
    const u = await this.references.user(userId);
    if (!u) return null;
    return { actor: { id: u.id, roles: u.roles.filter(isRole), unitId: u.unitId }, signerAuthority: u.signerAuthority };
  }
}
