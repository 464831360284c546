import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { temporalConnectionOptions, temporalDataConverter, throwawayPayloadCodec } from '#ktf/config';
import { progress } from '../progress';
import { closedLoop, Lifecycle } from '../closed-loop';
import { cpuMeter, CpuShares } from '../cpu-sampler';
import { medianBy } from '../stats';
import { floorStepUpdate } from './floor.workflow';

/** 1 start + 7 Updates: create, 5 votes, appraisal, signing (DESIGN: one lifecycle). */
export const FLOOR_UPDATES = 7;

export interface FloorLevel {
  concurrency: number;
  /** lifecycles/s of each repetition, and their median. */
  reps: number[];
  median: number;
  /** Cores used per process class during the median repetition. */
  cpu: CpuShares;
}

export interface FloorResult {
  updatesPerLifecycle: number;
  taskQueue: string;
  levels: FloorLevel[];
  best: FloorLevel;
}

export interface FloorOptions {
  temporalAddress: string;
  concurrencies: number[];
  warmupS: number;
  seconds: number;
  reps: number;
}

/**
 * Drives the trivial workflow with the Temporal client directly, from a worker inside this
 * process on its own task queue, against the same dev server the application uses. Each
 * client runs whole lifecycles back to back (closed loop) for a fixed time.
 */
export async function runFloor(opts: FloorOptions): Promise<FloorResult> {
  const taskQueue = `ktf-bench-floor-${process.pid}`;
  progress('floor: bundling the trivial workflow');
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('./floor.workflow'),
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
  });
  // The SDK logs every worker state change at INFO; the bench's own progress lines are enough.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // The stack's own dev server: plain, but through the one factory every connection uses.
  const connectionOptions = temporalConnectionOptions({ TEMPORAL_ADDRESS: opts.temporalAddress });
  const native = await NativeConnection.connect(connectionOptions);
  // Payloads encrypted as the service's are: the floor includes the codec's cost.
  const dataConverter = temporalDataConverter(throwawayPayloadCodec('bench-1'));
  const worker = await Worker.create({ connection: native, taskQueue, workflowBundle: { code }, dataConverter });
  const running = worker.run();
  const connection = await Connection.connect(connectionOptions);
  const client = new Client({ connection, dataConverter });
  try {
    const lifecycle: Lifecycle = async (step) => {
      const handle = await client.workflow.start('floorWorkflow', { taskQueue, workflowId: `floor-${randomUUID()}`, args: [FLOOR_UPDATES] });
      step();
      for (let i = 0; i < FLOOR_UPDATES; i++) {
        await handle.executeUpdate(floorStepUpdate);
        step();
      }
    };
    const levels: FloorLevel[] = [];
    for (const c of opts.concurrencies) {
      const cpus: CpuShares[] = [];
      let meter = cpuMeter();
      const windows = await closedLoop(lifecycle, {
        concurrency: c, stepsPerLifecycle: FLOOR_UPDATES + 1, reps: opts.reps, windowS: opts.seconds, minWarmupS: opts.warmupS, maxWarmupS: 60,
        onWindow: (r) => {
          if (r !== null && r > 0) cpus.push(meter());
          if (r === null) cpus.push(meter());
          meter = cpuMeter();
        },
      });
      const failed = windows.find((w) => w.errors);
      if (failed) throw new Error(`floor: ${failed.errors} lifecycles failed, first: ${failed.firstError}`);
      const reps = windows.map((w, i) => ({ perSecond: w.perSecond, cpu: cpus[i] }));
      reps.forEach((x, i) => progress(`floor: C=${c} rep ${i + 1}/${opts.reps}: ${x.perSecond.toFixed(1)} lifecycles/s`));
      const round1 = (x: number) => Math.round(x * 10) / 10;
      const mid = medianBy(reps, (x) => x.perSecond);
      levels.push({ concurrency: c, reps: reps.map((x) => round1(x.perSecond)), median: round1(mid.perSecond), cpu: mid.cpu });
    }
    const best = levels.reduce((a, b) => (b.median > a.median ? b : a));
    return { updatesPerLifecycle: FLOOR_UPDATES, taskQueue, levels, best };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
    await native.close();
  }
}
