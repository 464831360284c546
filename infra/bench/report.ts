import type { AuditResult } from './audit-scenario';
import type { FloorResult } from './floor/floor-scenario';
import type { IntakeResult } from './intake-scenario';
import type { LifecycleLevel } from './lifecycle-scenario';
import type { MachineInfo } from './machine';
import type { MemoryResult } from './memory-scenario';
import type { ReadFigure } from './read/read-scenario';

/** What one engine gave in a `--topology cluster` run. */
export interface EngineFigures {
  floor?: FloorResult;
  lifecycle?: LifecycleLevel[];
}

export interface Figures {
  startedAt: string;
  finishedAt?: string;
  quick: boolean;
  machine: MachineInfo;
  sizes: { nominations?: number; auditEvents?: number; memoryOpen?: number };
  floor?: FloorResult;
  lifecycle?: LifecycleLevel[];
  memory?: MemoryResult;
  intake?: IntakeResult;
  read?: ReadFigure[];
  audit?: AuditResult;
  /** `--topology cluster`: the dev server and Temporal's server, each on its own stack. */
  topologies?: Partial<Record<'dev' | 'cluster', EngineFigures>>;
  /** Mean cores used by processes that are not ours, over the whole run. */
  foreignCores?: number;
}

const f = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const ENDPOINTS = ['POST /nominations', 'POST /nominations/:id/votes', 'POST /nominations/:id/appraisal', 'POST /decisions'];

/** The run as Markdown: what the README's "Performance" section shows. */
/**
 * CPU time per lifecycle of the whole machine (every part of the stack), the lifecycle's beside
 * the floor's at the same concurrency: what the application costs over the bare engine.
 */
export function machineTimeBesideFloor(x: Pick<Figures, 'floor' | 'lifecycle'>): string | undefined {
  const ms = (cores: number, perSecond: number) => (cores / perSecond) * 1000;
  const lines: string[] = [];
  for (const l of x.lifecycle ?? []) {
    const floor = x.floor?.levels.find((fl) => fl.concurrency === l.concurrency);
    const c = l.median.cpu;
    if (!floor?.cpu || !l.median.perSecond || !floor.median) continue;
    const app = ms(c.temporal + c.worker + c.api + c.postgres, l.median.perSecond);
    // The floor's worker and client run inside the bench process.
    const bare = ms(floor.cpu.temporal + floor.cpu.bench + floor.cpu.postgres, floor.median);
    lines.push(
      `C=${l.concurrency}: lifecycle ${f(app, 0)} ms (Temporal ${f(ms(c.temporal, l.median.perSecond), 0)}, worker ${f(ms(c.worker, l.median.perSecond), 0)}, ` +
        `API ${f(ms(c.api, l.median.perSecond), 0)}, Postgres ${f(ms(c.postgres, l.median.perSecond), 0)}), floor ${f(bare, 0)} ms ` +
        `(Temporal ${f(ms(floor.cpu.temporal, floor.median), 0)}, its client and worker ${f(ms(floor.cpu.bench, floor.median), 0)}): ${f(app / bare, 1)}×`,
    );
  }
  return lines.length ? ['**Machine time per lifecycle** (CPU of every part, ms), beside the floor\'s at the same concurrency:', '', ...lines.map((l) => `- ${l}`)].join('\n') : undefined;
}

const VOTES = 'POST /nominations/:id/votes';

/** Percentiles over every window's requests where the figures kept them, else the median window's. */
const latenciesOf = (l: LifecycleLevel) => l.latencies ?? l.median.endpoints;

export function renderReport(x: Figures): string {
  const m = x.machine;
  const levels = x.lifecycle ?? [];
  const pooled = levels.length > 0 && levels.every((l) => l.latencies);
  const out: string[] = [
    `Run ${x.startedAt.slice(0, 16).replace('T', ' ')} UTC${x.quick ? ' (--quick: smaller sizes, shorter windows)' : ''} on ${m.cores} cores (${m.cpuModel}), ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.os}.` +
      (x.foreignCores !== undefined ? ` Other processes on the machine used ${f(x.foreignCores, 2)} cores on average during the run.` : ''),
    pooled
      ? 'Every throughput figure is the median of 3 repetitions; latency percentiles are taken over the requests of all 3.'
      : 'Every figure is the median of 3 repetitions.',
  ];
  if (x.floor) {
    const best = x.floor.best;
    out.push('', `**Floor** (bare workflow, 1 start + ${x.floor.updatesPerLifecycle} Updates, Temporal client direct): best ${f(best.median)} lifecycles/s at C=${best.concurrency}.`, '');
    out.push(table(['C', 'lifecycles/s', 'reps'], x.floor.levels.map((l) => [String(l.concurrency), f(l.median), l.reps.map((r) => f(r)).join(' / ')])));
  }
  if (x.lifecycle) {
    const floor = x.floor?.best.median;
    const [first] = levels;
    out.push(
      '',
      `**Lifecycle** over HTTP (create, 5 votes, appraisal, decision of one); latency p50 / p95 / p99 in ms` +
        (pooled ? ` over the requests of every window (C=${first.concurrency}: ${latenciesOf(first)[VOTES]?.count ?? 0} votes)` : ' (of the median window)') + ':',
      '',
    );
    out.push(
      table(
        ['C', 'lifecycles/s', '× floor', ...ENDPOINTS],
        x.lifecycle.map((l) => [
          String(l.concurrency),
          f(l.median.perSecond),
          floor ? f(l.median.perSecond / floor, 2) : '–',
          ...ENDPOINTS.map((e) => {
            const s = latenciesOf(l)[e];
            return s ? `${f(s.p50, 0)} / ${f(s.p95, 0)} / ${f(s.p99, 0)}` : '–';
          }),
        ]),
      ),
    );
  }
  if (x.lifecycle?.length) {
    const top = x.lifecycle[x.lifecycle.length - 1];
    const c = top.median.cpu;
    const per = (cores: number) => f((cores / top.median.perSecond) * 1000, 0);
    out.push(
      '',
      `CPU at C=${top.concurrency} (cores, and ms per lifecycle): Temporal ${f(c.temporal, 2)} (${per(c.temporal)}), worker ${f(c.worker, 2)} (${per(c.worker)}), ` +
        `API ${f(c.api, 2)} (${per(c.api)}), Postgres ${f(c.postgres, 2)} (${per(c.postgres)}); other processes on the machine ${f(c.foreign, 2)}.`,
    );
  }
  const machine = machineTimeBesideFloor(x);
  if (machine) out.push('', machine);
  if (x.topologies) out.push('', renderEngineComparison(x.topologies));
  if (x.intake) {
    out.push('', `**Intake** (POST /nominations, open loop): highest rate with p99 < ${x.intake.p99LimitMs} ms and no errors: **${x.intake.bestRate ?? 'none'}/s**.`, '');
    out.push(
      table(
        ['rate/s', 'p50 ms', 'p99 ms', 'errors', 'passed'],
        x.intake.steps.map((s) => {
          const mid = [...s.reps].sort((a, b) => (a.latency.p99 ?? 0) - (b.latency.p99 ?? 0))[Math.floor((s.reps.length - 1) / 2)];
          return [String(s.rate), f(mid.latency.p50, 0), f(s.medianP99, 0), String(s.errors), s.passed ? 'yes' : 'no'];
        }),
      ),
    );
  }
  if (x.read) {
    out.push('', `**Read** at ${x.sizes.nominations?.toLocaleString('en')} nominations / ${x.sizes.auditEvents?.toLocaleString('en')} audit events (limit 20, over HTTP):`, '');
    out.push(table(['request', 'p50 ms', 'p99 ms'], x.read.map((r) => [r.name, f(r.p50), f(r.p99)])));
  }
  if (x.audit) {
    out.push('', `**Audit** GET /audit/verify over ${x.audit.events.toLocaleString('en')} events: **${x.audit.median.eventsPerSecond.toLocaleString('en')} events/s** (${f(x.audit.median.seconds)} s).`);
  }
  if (x.memory) {
    const mem = x.memory;
    out.push('', `**Memory** (VmRSS, MiB) with ${mem.open.toLocaleString('en')} nominations open in council review, then after they ended (${mem.completedBy}):`, '');
    out.push(
      table(
        ['process', 'before', `${mem.open.toLocaleString('en')} open`, 'per open nomination', 'after they ended'],
        [
          ['worker', f(mem.before.workerMiB), f(mem.withOpen.workerMiB), `${f(mem.perOpenKiB.worker, 0)} KiB`, f(mem.afterComplete.workerMiB)],
          ['api', f(mem.before.apiMiB), f(mem.withOpen.apiMiB), `${f(mem.perOpenKiB.api, 0)} KiB`, f(mem.afterComplete.apiMiB)],
        ],
      ),
    );
  }
  return out.join('\n');
}

const ENGINES = [
  ['dev', 'dev server (SQLite, 1 shard)'],
  ['cluster', 'server on PostgreSQL (8 shards)'],
] as const;

/**
 * The two engines side by side: throughput, vote latency and where the CPU went, then what
 * that means for sizing: lifecycles per second that one core of each part carries at the
 * highest concurrency measured (Postgres holds Temporal's persistence too on the cluster).
 */
export function renderEngineComparison(t: NonNullable<Figures['topologies']>): string {
  const rows: string[][] = [];
  const sizing: string[][] = [];
  for (const [key, label] of ENGINES) {
    const e = t[key];
    if (!e) continue;
    for (const l of e.lifecycle ?? []) {
      const vote = latenciesOf(l)[VOTES];
      const c = l.median.cpu;
      const ms = (cores: number) => f((cores / l.median.perSecond) * 1000, 0);
      rows.push([
        label,
        String(l.concurrency),
        f(e.floor?.best.median),
        f(l.median.perSecond),
        vote ? `${f(vote.p50, 0)} / ${f(vote.p99, 0)}` : '–',
        ms(c.temporal), ms(c.worker), ms(c.api), ms(c.postgres),
      ]);
    }
    const top = e.lifecycle?.[e.lifecycle.length - 1];
    if (top) {
      const c = top.median.cpu;
      const perCore = (cores: number) => (cores > 0 ? f(top.median.perSecond / cores, 1) : '–');
      sizing.push([label, String(top.concurrency), perCore(c.temporal), perCore(c.worker), perCore(c.api), perCore(c.postgres)]);
    }
  }
  return [
    '**Engines side by side** (floor: best bare lifecycles/s; lifecycle over HTTP; CPU in ms per lifecycle):',
    '',
    table(['engine', 'C', 'floor/s', 'lifecycles/s', 'vote p50 / p99 ms', 'Temporal', 'worker', 'API', 'Postgres'], rows),
    '',
    '**Sizing**: lifecycles per second per core of each part, at the highest concurrency measured:',
    '',
    table(['engine', 'C', 'Temporal', 'worker', 'API', 'Postgres'], sizing),
  ].join('\n');
}
