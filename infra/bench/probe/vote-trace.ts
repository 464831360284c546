// One nomination's votes over HTTP on an isolated stack, each traced: the client's time, and the
// workflow history's event times inside it (task, activity, task), to see where a vote's time goes.
// `node dist/infra/bench/probe/vote-trace.js` (ROUNDS nominations of 5 votes).
import { createNomination, COUNCIL } from '../lifecycle-scenario';
import { eventMs, historyProbe } from './history-probe';

historyProbe('votes', async ({ api, client, add }) => {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
    const id = await createNomination(api);
    const sent: { wall: number; ms: number }[] = [];
    for (const member of COUNCIL) {
      const wall = Date.now();
      const r = await api.post(`/nominations/${id}/votes`, member, { choice: 'agree' });
      if (r.status >= 300) throw new Error(JSON.stringify(r.body));
      sent.push({ wall, ms: r.ms });
    }
    const wf = (await api.get(`/nominations/${id}`, 'officer.vp')).body.workflowId ?? `nomination-${id}`;
    const events = (await client.workflow.getHandle(wf).fetchHistory()).events ?? [];
    for (const s of sent) {
      const inVote = events.filter((e) => eventMs(e.eventTime) >= s.wall && eventMs(e.eventTime) <= s.wall + s.ms);
      const line = inVote.map((e) => `${(eventMs(e.eventTime) - s.wall).toFixed(1)}:${(Object.keys(e).find((k) => k.endsWith('Attributes')) ?? '').replace(/EventAttributes|workflow|Execution/g, '')}`).join(' ');
      console.log(`vote ${s.ms.toFixed(1)} ms | ${line}`);
      // The segments of a vote with exactly one accepted Update, one activity and two tasks.
      const at = (kind: string, nth = 0) => inVote.filter((e) => (e as Record<string, unknown>)[kind])[nth];
      const t = (e: (typeof inVote)[number] | undefined) => (e ? eventMs(e.eventTime) - s.wall : NaN);
      const [wft1, act, wft2] = [at('workflowTaskStartedEventAttributes'), at('activityTaskStartedEventAttributes'), at('workflowTaskStartedEventAttributes', 1)];
      if (wft1 && !act && !wft2 && at('workflowExecutionUpdateCompletedEventAttributes')) {
        // recordTransition as a local activity: one task accepts, records and completes the Update.
        add('1 HTTP in → task scheduled (auth, reads, Update sent)', t(at('workflowTaskScheduledEventAttributes')));
        add('2 the one task (accept, validate, recordTransition locally, Update completed)', t(at('workflowTaskCompletedEventAttributes')) - t(at('workflowTaskScheduledEventAttributes')));
        add('5 Update completed → HTTP out (result to the API, response built from it)', s.ms - t(at('workflowExecutionUpdateCompletedEventAttributes')));
        add('total', s.ms);
        continue;
      }
      if (!wft1 || !act || !wft2 || !at('workflowExecutionUpdateCompletedEventAttributes')) continue;
      add('1 HTTP in → first task scheduled (auth, reads, Update sent)', t(at('workflowTaskScheduledEventAttributes')));
      add('2 first task (accept, validate, schedule recordTransition)', t(at('workflowTaskCompletedEventAttributes')) - t(at('workflowTaskScheduledEventAttributes')));
      add('3 recordTransition (eager: scheduled → completed)', t(at('activityTaskCompletedEventAttributes')) - t(at('activityTaskScheduledEventAttributes')));
      add('4 second task (scheduled → Update completed)', t(at('workflowExecutionUpdateCompletedEventAttributes')) - t(at('activityTaskCompletedEventAttributes')));
      add('5 Update completed → HTTP out (result to the API, response built from it)', s.ms - t(at('workflowExecutionUpdateCompletedEventAttributes')));
      add('total', s.ms);
    }
  }
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
