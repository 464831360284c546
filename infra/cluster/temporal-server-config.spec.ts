import { temporalServerConfigYaml } from './temporal-server-config';

const input = {
  postgres: { host: '127.0.0.1', port: 5434, user: 'postgres', password: 'p"w' },
  historyShards: 8,
  frontendPort: 7233,
  internalPorts: [17300, 17301, 17302, 17303, 17304, 17305, 17306],
  dynamicConfigFile: '/repo/infra/docker/temporal/dynamicconfig/ktf.yaml',
  metricsPort: 17399,
};

describe('the Temporal server configuration of the cluster topology', () => {
  it('puts history and visibility on their PostgreSQL databases, with the shard count and distinct ports', () => {
    const yaml = temporalServerConfigYaml(input);
    expect(yaml).toContain('  numHistoryShards: 8\n');
    expect(yaml).toContain('databaseName: "temporal"\n');
    expect(yaml).toContain('databaseName: "temporal_visibility"\n');
    expect(yaml.match(/pluginName: "postgres12"/g)).toHaveLength(2);
    expect(yaml.match(/connectAddr: "127.0.0.1:5434"/g)).toHaveLength(2);
    // A password is quoted, so any character survives.
    expect(yaml).toContain('password: "p\\"w"');
    const ports = [...yaml.matchAll(/(?:grpcPort|membershipPort): (\d+)/g)].map((m) => Number(m[1]));
    expect(ports).toEqual([7233, 17300, 17301, 17302, 17303, 17304, 17305, 17306]);
    expect(yaml).toContain('rpcAddress: "127.0.0.1:7233"');
    expect(yaml).toContain('filepath: "/repo/infra/docker/temporal/dynamicconfig/ktf.yaml"');
    expect(yaml).toContain('listenAddress: "127.0.0.1:17399"');
  });

  it('refuses internal ports that are missing or collide', () => {
    expect(() => temporalServerConfigYaml({ ...input, internalPorts: [17300, 17301] })).toThrow('the server needs 7 internal ports');
    expect(() => temporalServerConfigYaml({ ...input, internalPorts: [7233, 17301, 17302, 17303, 17304, 17305, 17306] })).toThrow('distinct');
  });

  it('refuses a shard count that is not a positive integer', () => {
    for (const historyShards of [0, -4, 2.5]) {
      expect(() => temporalServerConfigYaml({ ...input, historyShards })).toThrow(`historyShards must be a positive integer (got ${historyShards})`);
    }
  });
});
