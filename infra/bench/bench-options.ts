export const SCENARIOS = ['floor', 'lifecycle', 'memory', 'intake', 'read', 'audit'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type Topology = 'dev' | 'cluster';

export interface BenchOptions {
  out: string;
  quick: boolean;
  /**
   * 'cluster': floor and lifecycle once on the dev server and once on Temporal's server on
   * PostgreSQL (the `npm run start:cluster` engine), side by side in one run.
   */
  topology: Topology;
  only: Set<Scenario>;
  reps: number;
  floor: { concurrencies: number[]; warmupS: number; seconds: number };
  lifecycle: { concurrencies: number[]; warmupS: number; seconds: number };
  intake: { rates: number[]; seconds: number; p99LimitMs: number };
  memory: { open: number; settleS: number; concurrency: number };
  read: { nominations: number; auditEvents: number; requests: number };
}

const USAGE = `usage: npm run bench -- --out <figures.json> [--quick] [--only floor,lifecycle,memory,intake,read,audit] [--topology dev|cluster]`;
const COMPARED: readonly Scenario[] = ['floor', 'lifecycle'];

/**
 * Sizes per mode. Quick mode (< 3 min) keeps every scenario but shortens windows and shrinks
 * the data sets (50k nominations / 200k audit events; 300 open nominations for memory, since
 * opening and ending them runs at the intake rate, ≈ 15/s on 2 cores); the report says
 * which sizes were used. The full run takes about 16 minutes on 2 cores.
 */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let out: string | undefined;
  let quick = false;
  let only: Set<Scenario> | undefined;
  let topology: Topology = 'dev';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--out') out = argv[++i];
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--only' || a.startsWith('--only=')) {
      const list = (a === '--only' ? argv[++i] : a.slice(7)) ?? '';
      const names = list.split(',').filter(Boolean);
      const bad = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
      if (bad.length || !names.length) throw new Error(`unknown scenario(s): ${bad.join(', ') || '(none)'}\n${USAGE}`);
      only = new Set(names as Scenario[]);
    } else if (a === '--topology' || a.startsWith('--topology=')) {
      const value = a === '--topology' ? argv[++i] : a.slice(11);
      if (value !== 'dev' && value !== 'cluster') throw new Error(`--topology must be dev or cluster, not ${value ?? '(nothing)'}\n${USAGE}`);
      topology = value;
    } else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  if (topology === 'cluster') {
    // The comparison is about the engine: the scenarios that load it, nothing else.
    const extra = [...(only ?? [])].filter((s) => !COMPARED.includes(s));
    if (extra.length) throw new Error(`--topology cluster compares ${COMPARED.join(' and ')} only, not ${extra.join(', ')}\n${USAGE}`);
    only ??= new Set(COMPARED);
  }
  return sizes(out, quick, only ?? new Set(SCENARIOS), topology);
}

function sizes(out: string, quick: boolean, only: Set<Scenario>, topology: Topology): BenchOptions {
  return quick
    ? {
        out, quick, only, topology, reps: 3,
        floor: { concurrencies: [8, 32], warmupS: 1, seconds: 2 },
        lifecycle: { concurrencies: [1, 8], warmupS: 1, seconds: 3 },
        intake: { rates: [5, 10, 20], seconds: 2, p99LimitMs: 150 },
        memory: { open: 300, settleS: 2, concurrency: 32 },
        read: { nominations: 50_000, auditEvents: 200_000, requests: 60 },
      }
    : {
        out, quick, only, topology, reps: 3,
        floor: { concurrencies: [1, 8, 32, 128], warmupS: 2, seconds: 4 },
        lifecycle: { concurrencies: [1, 8, 32, 128], warmupS: 2, seconds: 10 },
        intake: { rates: [5, 10, 20, 40, 80, 160], seconds: 10, p99LimitMs: 150 },
        memory: { open: 10_000, settleS: 5, concurrency: 64 },
        read: { nominations: 1_000_000, auditEvents: 5_000_000, requests: 200 },
      };
}
