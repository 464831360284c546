// One decision over HTTP on an isolated stack, traced: the client's time, and the decision
// workflow's own history event times inside it, to see where a decision's time goes.
// `node dist/infra/bench/probe/decision-trace.js` (ROUNDS decisions of one nomination each).
import { Client, Connection } from '@temporalio/client';
import { temporalDataConverter } from '#ktf/config';
import { decisionWorkflowId } from '#ktf/contracts';
import { startStack } from '../../dev/stack';
import { benchClient } from '../bench-http';
import { COUNCIL, createNomination } from '../lifecycle-scenario';

const ms = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;
const kindOf = (e: object) => (Object.keys(e).find((k) => k.endsWith('Attributes')) ?? '').replace(/EventAttributes|workflow|Execution/g, '');

async function main() {
  const stack = await startStack({ persistent: false, env: {} });
  const api = benchClient(stack.apiUrl);
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }), ...(stack.payloadCodec ? { dataConverter: temporalDataConverter(stack.payloadCodec) } : {}) });
  const totals: number[] = [];
  try {
    for (let round = 0; round < Number(process.env.ROUNDS ?? 5); round++) {
      const id = await createNomination(api);
      for (const member of COUNCIL) await api.post(`/nominations/${id}/votes`, member, { choice: 'agree' });
      await api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' });
      const wall = Date.now();
      const r = await api.post('/decisions', 'chairman', { nominationIds: [id] });
      if (r.status >= 300) throw new Error(JSON.stringify(r.body));
      totals.push(r.ms);
      const events = (await client.workflow.getHandle(decisionWorkflowId(r.body.id as string)).fetchHistory()).events ?? [];
      // Activity names are on the scheduled events; the others refer back to them.
      const names = new Map<string, string>();
      for (const e of events) if (e.activityTaskScheduledEventAttributes) names.set(String(e.eventId), e.activityTaskScheduledEventAttributes.activityType?.name ?? '?');
      const line = events.map((e) => {
        const sched = e.activityTaskScheduledEventAttributes?.activityType?.name ?? (e.activityTaskCompletedEventAttributes ? names.get(String(e.activityTaskCompletedEventAttributes.scheduledEventId)) : undefined);
        return `${(ms(e.eventTime) - wall).toFixed(0)}:${kindOf(e)}${sched ? `(${sched})` : ''}`;
      });
      console.log(`decision ${r.ms.toFixed(1)} ms | ${line.join(' ')}`);
    }
    const median = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)];
    console.log(`\nmedian over ${totals.length} decisions: ${median.toFixed(1)} ms`);
  } finally {
    api.close();
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
