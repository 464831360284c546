import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NoopSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface Tracing {
  /** Whether spans leave the process (OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  enabled: boolean;
  resource: Resource;
  /** Where the worker's workflow spans go (through the SDK's sink): the exporter's, or nowhere. */
  spanProcessor: SpanProcessor;
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry for one process, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then spans of
 * incoming and outgoing HTTP and of every pg query are exported over OTLP/HTTP (the standard
 * OTEL_* variables tune the exporter and the batch). Must run before `http` and `pg` are
 * loaded, so each process calls it from the first module it imports.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  const resource = new Resource({ 'service.name': serviceName });
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    return { enabled: false, resource, spanProcessor: new NoopSpanProcessor(), shutdown: async () => undefined };
  }
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // The metrics listener's scrapes would be noise: one trace per scrape.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/metrics') }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  return { enabled: true, resource, spanProcessor, shutdown: () => provider.shutdown() };
}
