// The Temporal server's static configuration for the production-like topology: PostgreSQL for
// history and visibility, a given number of history shards, all four services in one process
// on loopback. Rendered as YAML by hand (a flat, fixed shape) so no YAML library is needed.

export interface TemporalServerConfigInput {
  postgres: { host: string; port: number; user: string; password: string };
  /** Fixed when the database is first set up: Temporal cannot change it later. */
  historyShards: number;
  /** The frontend's gRPC port (clients connect here); the other services take the next ports. */
  frontendPort: number;
  /** The services' other ports, in order: frontend membership, then gRPC and membership of history, matching and worker. */
  internalPorts: readonly number[];
  dynamicConfigFile: string;
  metricsPort: number;
}

export const TEMPORAL_DATABASE = 'temporal';
export const VISIBILITY_DATABASE = 'temporal_visibility';

export function temporalServerConfigYaml(c: TemporalServerConfigInput): string {
  if (!Number.isInteger(c.historyShards) || c.historyShards < 1) throw new Error(`historyShards must be a positive integer (got ${c.historyShards})`);
  const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML scalar
  const store = (db: string, maxConns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: ${q(db)}
        connectAddr: ${q(`${c.postgres.host}:${c.postgres.port}`)}
        connectProtocol: "tcp"
        user: ${q(c.postgres.user)}
        password: ${q(c.postgres.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
  if (c.internalPorts.length !== 7 || new Set([c.frontendPort, ...c.internalPorts]).size !== 8) {
    throw new Error(`the server needs 7 internal ports distinct from the frontend's (got ${c.internalPorts.join(', ')})`);
  }
  const [fm, hg, hm, mg, mm, wg, wm] = c.internalPorts;
  const service = (grpc: number, membership: number) => `    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true`;
  return `log:
  stdout: true
  level: warn

persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: ${c.historyShards}
  datastores:
    default:
${store(TEMPORAL_DATABASE, 20)}
    visibility:
${store(VISIBILITY_DATABASE, 4)}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: ${q(`127.0.0.1:${c.metricsPort}`)}

services:
  frontend:
${service(c.frontendPort, fm)}
  history:
${service(hg, hm)}
  matching:
${service(mg, mm)}
  worker:
${service(wg, wm)}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: ${q(`127.0.0.1:${c.frontendPort}`)}

dcRedirectionPolicy:
  policy: "noop"

dynamicConfigClient:
  filepath: ${q(c.dynamicConfigFile)}
  pollInterval: "10s"
`;
}

/** The same as docker-compose.yml's NUM_HISTORY_SHARDS (test/infra/compose.spec.ts holds them equal). */
export const DEFAULT_HISTORY_SHARDS = 8;

/** The dynamic configuration docker-compose.yml mounts: both topologies run with the same tuning. */
export const DYNAMIC_CONFIG_FILE = 'infra/docker/temporal/dynamicconfig/ktf.yaml';
