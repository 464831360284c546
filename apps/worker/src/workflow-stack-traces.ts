/**
 * Preloaded into the worker process, `node --require ./dist/apps/worker/src/workflow-stack-traces.js
 * dist/apps/worker/src/main.js`, and with it into every workflow thread, which inherit the flag
 * (nothing else runs in those threads before the SDK's own code). Unless
 * TEMPORAL_WORKFLOW_STACK_TRACES=true, it keeps the SDK from installing its promise hook.
 *
 * Why: the hook runs for every promise a workflow creates. Each time it compiles two functions
 * and builds and source-maps a stack trace, and it is needed for one thing only: the
 * `__stack_trace` query (the Temporal UI's "Stack Trace" tab). For issue 18 it measured two
 * thirds of the CPU of a workflow activation and about 5 ms of a vote's workflow task
 * (sdk-typescript #1587; the SDK has no option for it). Without the hook, the SDK runs as it does
 * where promise hooks do not exist: replay and every other query are unchanged, and
 * `__stack_trace` answers "Workflow stack traces are not enabled on this worker". To read a stuck
 * workflow's stack, restart the worker with TEMPORAL_WORKFLOW_STACK_TRACES=true.
 */
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { WORKFLOW_STACK_TRACES, WorkflowStackTraces } from './workflow-stack-traces.state';

/** Only `true` turns them on; the configuration refuses anything but true or false at start. */
function wantsWorkflowStackTraces(env: NodeJS.ProcessEnv): boolean {
  return env.TEMPORAL_WORKFLOW_STACK_TRACES === 'true';
}

/** The SDK installs the hook from GlobalHandlers.install() through this (private) method. */
interface HookInstaller {
  setPromiseHook?: unknown;
}

function apply(): WorkflowStackTraces {
  if (wantsWorkflowStackTraces(process.env)) return 'on';
  const handlers = globalHandlers as unknown as HookInstaller;
  if (typeof handlers.setPromiseHook !== 'function') {
    // An SDK upgrade moved it: fail loudly at start rather than run with the hook unnoticed.
    throw new Error('workflow-stack-traces: @temporalio/worker no longer has GlobalHandlers.setPromiseHook; update this preload for the new SDK');
  }
  // The no-op leaves `promiseHookInstalled` false, which the SDK reads as "stack traces disabled".
  handlers.setPromiseHook = () => undefined;
  return 'off';
}

(globalThis as Record<symbol, unknown>)[WORKFLOW_STACK_TRACES] = apply();
