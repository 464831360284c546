import { startTracing } from '#ktf/telemetry';

/** Imported first by main.ts: instrumentation must be in place before http and pg load. */
export const tracing = startTracing('ktf-worker');
