import type { Client } from '@temporalio/client';
import type { AppConfig } from '#ktf/config';

/**
 * Runs `call` (an Update, or waiting for a workflow's result) under the action deadline,
 * ACTION_WAIT_SECONDS: past it gRPC gives up (DEADLINE_EXCEEDED, sometimes CANCELLED) and the
 * problem filter answers 503 with Retry-After. What was asked may still be done once a worker
 * takes it; the same request again (same Idempotency-Key, or the same decision or session) joins
 * it or answers its outcome.
 */
export function withinActionWait<T>(client: Client, config: AppConfig, call: () => Promise<T>): Promise<T> {
  return client.connection.withDeadline(Date.now() + config.ACTION_WAIT_SECONDS * 1000, call);
}
