import { WorkflowUpdateStage } from '@temporalio/client';
import { submitUpdate } from '#ktf/contracts';
import { createTestEnv, expectRefused, officerA, withWorker, WorkflowTestEnv } from './support/harness';
import { Gate } from './support/in-memory-store';

jest.setTimeout(60_000);
let t: WorkflowTestEnv;
beforeAll(async () => { const s = Date.now(); t = await createTestEnv(); console.log('env ms', Date.now() - s); });
afterAll(async () => { await t?.env.teardown(); });

it('smoke', async () => {
  await withWorker(t, async ({ start, store }) => {
    const n = await start('BANG_KHEN_CT_UBND');
    const s = await n.submit();
    console.log(s, n.actions);
    await expectRefused(n.submit(), 'stage_conflict');
    const hist = await n.handle.fetchHistory();
    console.log(hist.events?.map((e) => e.eventType));
    store.loadContextGate = new Gate();
    const m = await start('BANG_KHEN_CT_UBND');
    const u = await m.handle.startUpdate(submitUpdate, { args: [{ actor: officerA }], waitForStage: WorkflowUpdateStage.ACCEPTED });
    console.log('accepted; log', store.activityLog, m.actions);
    store.loadContextGate.release();
    console.log(await u.result(), m.actions);
  });
});
