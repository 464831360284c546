import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChainKeyRange } from '#ktf/persistence';
import { RangeJob, VerifyWorkerPool } from './verify-pool';

/**
 * A stand-in for verify-worker.js that speaks the same protocol without a database. The
 * "snapshot" says how to behave: each range reports three batches of 10 events, later
 * ranges faster (so they finish first), and one range may fail or kill its thread.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
let current = null;
parentPort.on('message', (m) => {
  if (m.type === 'stop') { if (current && current.task === m.task) current.stop = true; return; }
  if (m.type === 'close') { parentPort.close(); return; }
  const plan = JSON.parse(m.snapshot);
  const index = Number(m.range.from ? m.range.from.subjectId : 0);
  const me = { task: m.task, stop: false };
  current = me;
  let checked = 0;
  const step = () => {
    if (plan.crash === index) process.exit(3);
    if (plan.fail === index) { current = null; parentPort.postMessage({ type: 'failed', task: m.task, message: 'range ' + index + ' failed' }); return; }
    checked += 10;
    parentPort.postMessage({ type: 'progress', task: m.task, checked, chains: 1, broken: 1 });
    if (checked < 30 && !me.stop) { setTimeout(step, plan.delay * (plan.n - index)); return; }
    current = null;
    const b = { subjectType: 't', subject: String(index), sequence: 1, reason: 'x' };
    parentPort.postMessage({ type: 'done', task: m.task, result: { ok: false, checked, chains: 1, firstBroken: b, brokenCount: 1, broken: [b], partialChains: [] } });
  };
  setTimeout(step, plan.delay * (plan.n - index));
});
`;

const rangesOf = (n: number): ChainKeyRange[] =>
  Array.from({ length: n }, (_, i) => ({ from: i === 0 ? null : { subjectType: 't', subjectId: String(i) }, to: i === n - 1 ? null : { subjectType: 't', subjectId: String(i + 1) } }));

describe('VerifyWorkerPool', () => {
  let dir: string;
  let pool: VerifyWorkerPool;

  const job = (n: number, plan: { fail?: number; crash?: number; delay?: number }, extra: Partial<RangeJob> = {}): RangeJob => ({
    snapshot: JSON.stringify({ n, delay: 3, ...plan }),
    filter: {},
    ranges: rangesOf(n),
    maxBreaks: 20,
    ...extra,
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ktf-verify-pool-'));
    writeFileSync(join(dir, 'fake-worker.js'), FAKE_WORKER);
    pool = new VerifyWorkerPool({ size: 2, databaseUrl: 'postgres://unused', script: join(dir, 'fake-worker.js') });
  });

  afterAll(async () => {
    await pool.onModuleDestroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns every range’s result in range order, whatever order they finish in, with running totals', async () => {
    const totals: number[] = [];
    const results = await pool.run(job(6, {}, { onProgress: (p) => totals.push(p.checked) }));
    expect(results.map((r) => r.firstBroken?.subject)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(results.every((r) => r.checked === 30)).toBe(true);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(totals.at(-1)).toBe(180);
  });

  it('stops after the batch in progress when cancelled, and never starts the queued ranges', async () => {
    let progress = 0;
    const results = await pool.run(job(8, {}, { onProgress: () => (progress += 1), cancelled: () => progress >= 1 }));
    // The two ranges running on the two threads, and none of the six queued.
    expect(results.map((r) => r.firstBroken?.subject)).toEqual(['0', '1']);
    // Each stops after its batch in progress (one or two of its three, depending on when the stop arrives).
    for (const r of results) expect([10, 20]).toContain(r.checked);
  });

  it('fails the whole job when a range fails, or when its thread dies, and keeps serving later jobs', async () => {
    await expect(pool.run(job(6, { fail: 3 }))).rejects.toThrow('range 3 failed');
    await expect(pool.run(job(6, { crash: 4 }))).rejects.toThrow(/verify worker exited \(code 3\)/);
    expect(await pool.run(job(3, {}))).toHaveLength(3);
  });

  it('shares its threads between verifies running at once', async () => {
    const [a, b] = await Promise.all([pool.run(job(5, {})), pool.run(job(4, {}))]);
    expect(a.map((r) => r.firstBroken?.subject)).toEqual(['0', '1', '2', '3', '4']);
    expect(b.map((r) => r.firstBroken?.subject)).toEqual(['0', '1', '2', '3']);
  });
});
