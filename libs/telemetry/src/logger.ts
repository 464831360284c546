import { format } from 'node:util';
import { pino, Logger, LevelWithSilent, stdTimeFunctions } from 'pino';
import { currentLogContext } from './log-context';
import { prettyLines } from './pretty-lines';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  /** "api" or "worker": which process wrote the line. */
  service: string;
  level: LogLevel;
  /** JSON lines (default), or one readable line each for a developer's terminal. */
  format: 'json' | 'pretty';
}

/**
 * One JSON object a line: `level` (name), `time` (ISO), `service`, `msg`, and the context ids
 * (requestId and actorId always, null outside a request; nominationId, workflowId, runId where
 * known). Written synchronously, so the last lines before an exit are never lost.
 */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: opts.service },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => currentLogContext(),
    },
    opts.format === 'pretty' ? prettyLines(process.stdout) : pino.destination({ dest: 1, sync: true }),
  );
}

/**
 * Sends console.log/info/warn/error/debug through the logger, so libraries and older code that
 * print to the console still produce JSON lines with the context ids.
 */
export function routeConsoleTo(logger: Logger): void {
  const to = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => logger[level](format(...args));
  console.log = to('info');
  console.info = to('info');
  console.warn = to('warn');
  console.error = to('error');
  console.debug = to('debug');
}
