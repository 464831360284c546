import { ActivityInterceptorsFactory, DefaultLogger, LogEntry, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import type { AppConfig } from '#ktf/config';
import { RequestContext, requestContextOf } from '#ktf/contracts';
import { activityDuration, activityFailures, Logger, LogContext, withLogContext } from '#ktf/telemetry';

const NOMINATION_WORKFLOW_PREFIX = 'nomination-';

/** The ids of one workflow execution, as log fields (a nomination's workflow id also names the nomination). */
export function workflowLogIds(workflowId: unknown, runId: unknown): LogContext {
  if (typeof workflowId !== 'string') return {};
  const ids: LogContext = { workflowId };
  if (typeof runId === 'string') ids.runId = runId;
  if (workflowId.startsWith(NOMINATION_WORKFLOW_PREFIX)) ids.nominationId = workflowId.slice(NOMINATION_WORKFLOW_PREFIX.length);
  return ids;
}

const ACTIVITY_STARTED = 'Activity started';
/** The worker's own "Activity started" (its activity lines carry sdkComponent `worker`; the activity's logger, `activity`). */
const isSdkActivityStart = (entry: LogEntry) => entry.message === ACTIVITY_STARTED && entry.meta?.sdkComponent === 'worker';

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * One line of the SDK's runtime logger (workflow `log`, activity lifecycle, and core's own
 * lines once forwarded) as a line of ours. Its `workflowRunId`/`runId` become `runId`, and the
 * activity task token (an opaque credential for completing the task) is dropped.
 */
export function forwardSdkLogEntry(logger: Logger, entry: LogEntry): void {
  // The SDK logs an attempt's start before any interceptor has seen its headers, so without the
  // request's ids; activityTelemetry logs the same line, with them, through the activity's logger.
  if (isSdkActivityStart(entry)) return;
  const { workflowId, runId, workflowRunId, taskToken: _taskToken, ...rest } = entry.meta ?? {};
  logger[PINO_LEVEL[entry.level]]({ ...rest, ...workflowLogIds(workflowId, runId ?? workflowRunId) }, entry.message);
}

/**
 * Installs the Temporal runtime before any connection: its logs through our logger (core's
 * forwarded at WARN), and its own Prometheus exporter when TEMPORAL_METRICS_PORT is set.
 */
export function installTemporalRuntime(logger: Logger, config: AppConfig): void {
  const sdkLevel = config.LOG_LEVEL === 'trace' ? 'TRACE' : config.LOG_LEVEL === 'debug' ? 'DEBUG' : config.LOG_LEVEL === 'info' ? 'INFO' : config.LOG_LEVEL === 'warn' ? 'WARN' : 'ERROR';
  Runtime.install({
    logger: new DefaultLogger(sdkLevel, (entry) => forwardSdkLogEntry(logger, entry)),
    telemetryOptions: {
      logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }), forward: {} },
      ...(config.TEMPORAL_METRICS_PORT !== undefined ? { metrics: { prometheus: { bindAddress: `${config.METRICS_HOST}:${config.TEMPORAL_METRICS_PORT}` } } } : {}),
    },
  });
}

/**
 * Times every activity attempt into the duration histogram (failures counted apart) and runs
 * it with its ids in the log context: the request and actor that caused it (from the headers
 * the workflow passed on), its workflow's ids and its type; so whatever it logs names them. The
 * SDK's own lines about the attempt ("Activity completed") get the request's ids too, and its
 * "Activity started" is logged here, where the ids are known.
 */
export const activityTelemetry: ActivityInterceptorsFactory = (ctx) => {
  let request: RequestContext = {};
  return {
    inbound: {
      async execute(input, next) {
        const { activityType, workflowExecution } = ctx.info;
        request = requestContextOf(input.headers);
        const end = activityDuration.startTimer({ activity: activityType });
        const ids: LogContext = { ...request, ...workflowLogIds(workflowExecution?.workflowId, workflowExecution?.runId), activityType };
        return withLogContext(ids, async () => {
          ctx.log.debug(ACTIVITY_STARTED); // the SDK's own line had no request ids: see forwardSdkLogEntry
          try {
            const result = await next(input);
            end({ outcome: 'completed' });
            return result;
          } catch (e) {
            end({ outcome: 'failed' });
            activityFailures.inc({ activity: activityType });
            throw e;
          }
        });
      },
    },
    outbound: {
      getLogAttributes: (attributes, next) => next({ ...attributes, ...request }),
    },
  };
};
