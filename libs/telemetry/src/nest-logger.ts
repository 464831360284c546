import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

const text = (message: unknown): string => (typeof message === 'string' ? message : JSON.stringify(message));

/**
 * Nest's own messages through the project's logger. Nest's "log" level (module and route
 * registration at start-up) goes to debug: it is noise in production.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.debug({ context }, text(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, stack: trace }, text(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, text(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, text(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, text(message));
  }
}
