export { embeddedPostgresUrl, startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';
export { findFreePort, isPortOpen } from './free-port';
export { findRepoRoot, resolveTemporalCli, resolveTemporalTestServer } from './temporal-binaries';
export {
  DevServerNotReady,
  startTemporalDevServer,
  startTemporalDevServerOnFreePort,
  temporalDevServerArgs,
  type RunningTemporalDevServer,
  type TemporalDevServerOptions,
} from './temporal-dev-server';
