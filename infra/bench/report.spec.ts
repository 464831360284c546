import { parseBenchArgs } from './bench-options';
import type { CpuShares } from './cpu-sampler';
import type { LifecycleLevel } from './lifecycle-scenario';
import { machineTimeBesideFloor, renderEngineComparison, renderReport, type EngineFigures } from './report';
import { LatencyBook } from './stats';

describe('bench --topology', () => {
  it('defaults to the dev server and every scenario', () => {
    const o = parseBenchArgs(['--out', 'f.json']);
    expect(o.topology).toBe('dev');
    expect([...o.only]).toEqual(['floor', 'lifecycle', 'memory', 'intake', 'read', 'audit']);
  });

  it('cluster compares floor and lifecycle, and refuses scenarios it does not compare', () => {
    expect([...parseBenchArgs(['--out', 'f.json', '--topology', 'cluster']).only]).toEqual(['floor', 'lifecycle']);
    expect([...parseBenchArgs(['--out=f.json', '--topology=cluster', '--only', 'lifecycle']).only]).toEqual(['lifecycle']);
    expect(() => parseBenchArgs(['--out', 'f.json', '--topology', 'cluster', '--only', 'floor,read'])).toThrow(
      '--topology cluster compares floor and lifecycle only, not read',
    );
    expect(() => parseBenchArgs(['--out', 'f.json', '--topology', 'k8s'])).toThrow('--topology must be dev or cluster, not k8s');
    expect(() => parseBenchArgs(['--out', 'f.json', '--topology'])).toThrow('--topology must be dev or cluster, not (nothing)');
  });

  const cpu = (temporal: number, worker: number, api: number, postgres: number): CpuShares => ({
    temporal, worker, api, postgres, bench: 0.1, other: 0, foreign: 0.2,
  });
  const level = (concurrency: number, perSecond: number, shares: CpuShares, p50: number, p99: number): LifecycleLevel => ({
    concurrency,
    reps: [perSecond],
    median: {
      perSecond, whole: 10, errors: 0, cpu: shares,
      endpoints: { 'POST /nominations/:id/votes': { count: 50, p50, p95: p99, p99, max: p99 } },
    },
  });
  const engine = (floor: number, levels: LifecycleLevel[]): EngineFigures => ({
    floor: { updatesPerLifecycle: 7, taskQueue: 'q', levels: [], best: { concurrency: 32, reps: [floor], median: floor, cpu: cpu(0, 0, 0, 0) } },
    lifecycle: levels,
  });

  it('puts both engines side by side, with CPU per lifecycle and lifecycles per core for sizing', () => {
    const text = renderEngineComparison({
      dev: engine(100, [level(1, 2, cpu(0.2, 0.1, 0.05, 0.04), 40, 80), level(8, 10, cpu(0.9, 0.8, 0.4, 0.3), 60, 120)]),
      cluster: engine(50, [level(1, 1.5, cpu(0.3, 0.1, 0.05, 0.15), 55, 90), level(8, 5, cpu(1, 0.5, 0.2, 0.5), 90, 200)]),
    });
    expect(text).toContain('| dev server (SQLite, 1 shard) | 1 | 100.0 | 2.0 | 40 / 80 | 100 | 50 | 25 | 20 |');
    expect(text).toContain('| dev server (SQLite, 1 shard) | 8 | 100.0 | 10.0 | 60 / 120 | 90 | 80 | 40 | 30 |');
    expect(text).toContain('| server on PostgreSQL (8 shards) | 8 | 50.0 | 5.0 | 90 / 200 | 200 | 100 | 40 | 100 |');
    // Sizing at C=8: 10 lifecycles/s over 0.9 cores of Temporal = 11.1 per core, and so on.
    expect(text).toContain('| dev server (SQLite, 1 shard) | 8 | 11.1 | 12.5 | 25.0 | 33.3 |');
    expect(text).toContain('| server on PostgreSQL (8 shards) | 8 | 5.0 | 10.0 | 25.0 | 10.0 |');
  });

  it('shows a missing engine as absent rather than as zeros', () => {
    const text = renderEngineComparison({ dev: engine(100, [level(1, 2, cpu(0, 0.1, 0.05, 0.04), 40, 80)]) });
    expect(text).not.toContain('PostgreSQL (8 shards)');
    expect(text).toContain('| dev server (SQLite, 1 shard) | 1 | – | 20.0 | 40.0 | 50.0 |');
  });
});

describe('bench report: machine time per lifecycle beside the floor', () => {
  const shares = (temporal: number, worker: number, api: number, postgres: number, bench: number): CpuShares => ({
    temporal, worker, api, postgres, bench, other: 0, foreign: 0.3,
  });
  it('gives each concurrency measured by both its CPU ms per lifecycle, the parts and the ratio', () => {
    const text = machineTimeBesideFloor({
      floor: {
        updatesPerLifecycle: 7, taskQueue: 'q',
        levels: [{ concurrency: 1, reps: [10], median: 10, cpu: shares(0.3, 0, 0, 0, 0.2) }, { concurrency: 8, reps: [20], median: 20, cpu: shares(0.9, 0, 0, 0, 0.9) }],
        best: { concurrency: 8, reps: [20], median: 20, cpu: shares(0.9, 0, 0, 0, 0.9) },
      },
      lifecycle: [1, 8].map((c) => ({
        concurrency: c, reps: [2],
        median: { perSecond: c === 1 ? 2 : 4, whole: 10, errors: 0, cpu: c === 1 ? shares(0.2, 0.4, 0.1, 0.1, 0.3) : shares(0.4, 0.8, 0.2, 0.2, 0.3), endpoints: {} },
      })),
    });
    expect(text).toContain('- C=1: lifecycle 400 ms (Temporal 100, worker 200, API 50, Postgres 50), floor 50 ms (Temporal 30, its client and worker 20): 8.0×');
    expect(text).toContain('- C=8: lifecycle 400 ms (Temporal 100, worker 200, API 50, Postgres 50), floor 90 ms (Temporal 45, its client and worker 45): 4.4×');
  });

  it('says nothing without a floor at the same concurrency', () => {
    expect(machineTimeBesideFloor({ lifecycle: [] })).toBeUndefined();
  });
});

describe('bench report: latency percentiles', () => {
  const machine = { cores: 2, cpuModel: 'x', ramGiB: 1, node: 'v20', os: 'linux' };
  const cpu: CpuShares = { temporal: 0.1, worker: 0.1, api: 0.1, postgres: 0.1, bench: 0, other: 0, foreign: 0 };
  const summary = (count: number, p99: number) => ({ count, p50: 10, p95: 20, p99, max: p99 });
  const lifecycle = (latencies?: LifecycleLevel['latencies']): LifecycleLevel => ({
    concurrency: 1, reps: [5, 5, 5],
    median: { perSecond: 5, whole: 30, errors: 0, cpu, endpoints: { 'POST /nominations/:id/votes': summary(150, 48) } },
    latencies,
  });

  it("takes them over every window's requests when the figures keep them", () => {
    const text = renderReport({ startedAt: '2026-11-29T23:00:00Z', quick: false, machine, sizes: {}, lifecycle: [lifecycle({ 'POST /nominations/:id/votes': summary(450, 31) })] });
    expect(text).toContain('latency percentiles are taken over the requests of all 3');
    expect(text).toContain('over the requests of every window (C=1: 450 votes)');
    expect(text).toContain('| 1 | 5.0 | – | – | 10 / 20 / 31 | – | – |');
  });

  it("falls back to the median window's for figures written before", () => {
    const text = renderReport({ startedAt: '2026-11-29T20:15:00Z', quick: false, machine, sizes: {}, lifecycle: [lifecycle()] });
    expect(text).toContain('Every figure is the median of 3 repetitions.');
    expect(text).toContain('(of the median window)');
    expect(text).toContain('| 1 | 5.0 | – | – | 10 / 20 / 48 | – | – |');
  });
});

describe('bench statistics', () => {
  it('pools the samples of every book, per operation', () => {
    const [a, b] = [new LatencyBook(), new LatencyBook()];
    a.add('vote', 1);
    a.add('vote', 100);
    b.add('vote', 2);
    b.add('create', 40);
    expect(LatencyBook.pooled([a, b]).summaries()).toEqual({ vote: { count: 3, p50: 2, p95: 100, p99: 100, max: 100 }, create: { count: 1, p50: 40, p95: 40, p99: 40, max: 40 } });
    expect(a.summaries().vote.count).toBe(2); // the books themselves are left as they were
  });
});
