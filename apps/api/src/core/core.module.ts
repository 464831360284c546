import { Global, Module } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { AesGcmPayloadCodec, AppConfig, loadConfig, payloadCodecFor, temporalConnectionOptions, temporalDataConverter } from '#ktf/config';
import {
  AuditRepository,
  connectDatabase,
  DataSource,
  DecisionRepository,
  NominationQueryRepository,
  NominationRepository,
  ReferenceRepository,
} from '#ktf/persistence';
import { requestContextClientInterceptor } from '#ktf/telemetry';

/** Process-wide singletons: configuration, the database, the payload codec, the Temporal client, repositories. */
@Global()
@Module({
  providers: [
    { provide: AppConfig, useFactory: () => loadConfig() },
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => connectDatabase({ url: c.DATABASE_URL, poolSize: c.DB_POOL_SIZE, idleSeconds: c.DB_POOL_IDLE_SECONDS, applicationName: 'ktf-api' }),
    },
    { provide: AesGcmPayloadCodec, inject: [AppConfig], useFactory: (c: AppConfig) => payloadCodecFor(c) },
    {
      provide: Client,
      inject: [AppConfig, AesGcmPayloadCodec],
      useFactory: async (c: AppConfig, codec: AesGcmPayloadCodec) => {
        // Fail fast and come back fast: a request to an unreachable Temporal becomes a 503 within
        // about a second, and the channel retries its connection at least every few seconds.
        const connection = await Connection.connect({
          ...temporalConnectionOptions(c),
          interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: c.TEMPORAL_RPC_ATTEMPTS }))],
          channelArgs: { 'grpc.max_reconnect_backoff_ms': c.TEMPORAL_RECONNECT_MAX_MS, 'grpc.initial_reconnect_backoff_ms': Math.min(1_000, c.TEMPORAL_RECONNECT_MAX_MS) },
        });
        // Each call carries the request's trace context (a no-op while tracing is off) and its request
        // and actor ids, which the worker's log lines of the activities it causes then carry.
        return new Client({
          connection,
          namespace: c.TEMPORAL_NAMESPACE,
          dataConverter: temporalDataConverter(codec),
          interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor(), requestContextClientInterceptor] },
        });
      },
    },
    { provide: ReferenceRepository, inject: [DataSource], useFactory: (ds: DataSource) => new ReferenceRepository(ds) },
    { provide: NominationRepository, inject: [DataSource], useFactory: (ds: DataSource) => new NominationRepository(ds) },
    { provide: AuditRepository, inject: [DataSource], useFactory: (ds: DataSource) => new AuditRepository(ds) },
    { provide: DecisionRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DecisionRepository(ds) },
    { provide: NominationQueryRepository, inject: [DataSource], useFactory: (ds: DataSource) => new NominationQueryRepository(ds) },
  ],
  exports: [AppConfig, DataSource, AesGcmPayloadCodec, Client, ReferenceRepository, NominationRepository, AuditRepository, DecisionRepository, NominationQueryRepository],
})
export class CoreModule {}
