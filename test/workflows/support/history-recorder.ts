// Records the event histories of the workflows a test file starts, for the replay test
// (test/workflows/histories.replay.spec.ts). Only when KTF_RECORD_HISTORIES names a directory
// (`npm run histories:record`); otherwise it records nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, WorkflowClientInterceptor } from '@temporalio/client';
import { historyToJson } from './history-json';

interface Started {
  workflowId: string;
  runId: string;
  type: string;
  test: string;
}

export interface HistoryRecorder {
  /** Remembers each workflow run a client starts (by `start` or `execute`), with the test that started it. */
  interceptor: WorkflowClientInterceptor;
  /** Writes one JSON history per run remembered (call before the server stops). */
  flush(client: Client): Promise<void>;
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** The set a recording belongs to: old sets are kept, so today's code is replayed against every past one. */
function recordingSet(): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  return `${new Date().toISOString().slice(0, 10)}-${commit}`;
}

export function historyRecorder(root = process.env.KTF_RECORD_HISTORIES): HistoryRecorder {
  const started: Started[] = [];
  return {
    interceptor: {
      async start(input, next) {
        const runId = await next(input);
        if (root) started.push({ workflowId: input.options.workflowId, runId, type: input.workflowType, test: expect.getState().currentTestName ?? 'unnamed' });
        return runId;
      },
      // A create-and-submit starts its workflow with its first Update (as the API does).
      async startUpdateWithStart(input, next) {
        const output = await next(input);
        const { workflowId, runId } = output.workflowExecution;
        if (root && runId) started.push({ workflowId, runId, type: input.workflowType, test: expect.getState().currentTestName ?? 'unnamed' });
        return output;
      },
    },
    async flush(client) {
      if (!root) return;
      const dir = join(root, recordingSet());
      const seen = new Map<string, number>();
      for (const run of started) {
        const base = `${run.type}/${slug(run.test)}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const history = await client.workflow.getHandle(run.workflowId, run.runId).fetchHistory();
        mkdirSync(join(dir, run.type), { recursive: true });
        writeFileSync(join(dir, `${base}-${n}.json`), historyToJson(history) + '\n');
      }
    },
  };
}
