// The Temporal CLI's dev server serves plain gRPC only (`temporal server start-dev` has no TLS
// flags), so a TLS terminator in this test stands in for a secured cluster: it presents a
// server certificate for temporal.ktf.test, demands a client certificate from the test CA,
// and passes the decrypted HTTP/2 stream to the dev server. Certificates are made here.
import { rmSync } from 'node:fs';
import { connect as tcpConnect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { temporalConnectionOptions, type TemporalConnectionSettings } from '#ktf/config';
import { makeTestCertificates, type TestCertificates } from '../../libs/config/src/test-certificates';
import { findFreePort, startTemporalDevServer, type RunningTemporalDevServer } from '../../infra/dev';
import { startStack } from '../../infra/dev/stack';

jest.setTimeout(120_000);

const SERVER_NAME = 'temporal.ktf.test';

let certs: TestCertificates;
let temporal: RunningTemporalDevServer;
let terminator: Server;
let address: string;
const sockets = new Set<Socket>();
/** TLS sessions the terminator accepted (a client certificate of the test CA) and refused. */
let accepted = 0;
let refused = 0;

beforeAll(async () => {
  certs = makeTestCertificates(SERVER_NAME);
  temporal = await startTemporalDevServer({ dbFile: join(certs.dir, 'temporal.sqlite'), port: await findFreePort(), durable: false });
  const [host, port] = temporal.address.split(':');
  terminator = createServer(
    { key: certs.read(certs.serverKey), cert: certs.read(certs.serverCert), ca: certs.read(certs.caCert), requestCert: true, rejectUnauthorized: true, ALPNProtocols: ['h2'] },
    (client: TLSSocket) => {
      accepted += 1;
      const upstream = tcpConnect(Number(port), host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s)).on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    },
  );
  terminator.on('tlsClientError', () => (refused += 1));
  const tlsPort = await findFreePort();
  await new Promise<void>((resolve) => terminator.listen(tlsPort, '127.0.0.1', resolve));
  address = `127.0.0.1:${tlsPort}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => terminator?.close(resolve));
  await temporal?.stop();
  rmSync(certs.dir, { recursive: true, force: true });
});

const mtls = (): TemporalConnectionSettings => ({
  TEMPORAL_ADDRESS: address,
  TEMPORAL_TLS_CA: certs.caCert,
  TEMPORAL_TLS_CERT: certs.clientCert,
  TEMPORAL_TLS_KEY: certs.clientKey,
  TEMPORAL_TLS_SERVER_NAME: SERVER_NAME,
});

beforeEach(() => {
  accepted = 0;
  refused = 0;
});

describe('Temporal over mutual TLS, with the options every process builds', () => {
  it('lets the API’s client connection describe the namespace', async () => {
    const connection = await Connection.connect(temporalConnectionOptions(mtls()));
    try {
      const { namespaceInfo } = await connection.workflowService.describeNamespace({ namespace: 'default' });
      expect(namespaceInfo?.name).toBe('default');
      expect([accepted, refused]).toEqual([1, 0]);
    } finally {
      await connection.close();
    }
  });

  it('lets the worker’s native connection describe the namespace', async () => {
    const connection = await NativeConnection.connect(temporalConnectionOptions(mtls()));
    try {
      const { namespaceInfo } = await connection.workflowService.describeNamespace({ namespace: 'default' });
      expect(namespaceInfo?.name).toBe('default');
      expect([accepted, refused]).toEqual([1, 0]);
    } finally {
      await connection.close();
    }
  });

  it('is refused with a client certificate from another CA', async () => {
    const options = temporalConnectionOptions({ ...mtls(), TEMPORAL_TLS_CERT: certs.strangerCert, TEMPORAL_TLS_KEY: certs.strangerKey });
    await expect(Connection.connect({ ...options, connectTimeout: 5_000 })).rejects.toThrow();
    expect(accepted).toBe(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('is refused with no client certificate at all (TLS only)', async () => {
    const options = temporalConnectionOptions({ TEMPORAL_ADDRESS: address, TEMPORAL_TLS_CA: certs.caCert, TEMPORAL_TLS_SERVER_NAME: SERVER_NAME });
    await expect(Connection.connect({ ...options, connectTimeout: 5_000 })).rejects.toThrow();
    expect(accepted).toBe(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('is refused by the client when the server’s name is not the one expected', async () => {
    const options = temporalConnectionOptions({ ...mtls(), TEMPORAL_TLS_SERVER_NAME: 'elsewhere.ktf.test' });
    await expect(Connection.connect({ ...options, connectTimeout: 5_000 })).rejects.toThrow();
    expect(accepted).toBe(0);
  });
});

describe('the API and the worker processes over mutual TLS', () => {
  it('start with the TEMPORAL_TLS_* settings, and the API reports Temporal up through the terminator', async () => {
    const settings = mtls();
    const stack = await startStack({
      persistent: false,
      temporalAddress: address,
      env: {
        TEMPORAL_TLS_CA: settings.TEMPORAL_TLS_CA,
        TEMPORAL_TLS_CERT: settings.TEMPORAL_TLS_CERT,
        TEMPORAL_TLS_KEY: settings.TEMPORAL_TLS_KEY,
        TEMPORAL_TLS_SERVER_NAME: settings.TEMPORAL_TLS_SERVER_NAME,
      },
    });
    try {
      // The worker printed `polling` (startStack waits for it) and the API is healthy: both went through the terminator.
      const health = await fetch(`${stack.apiUrl}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok', database: 'up', temporal: 'up' }]);
      expect(accepted).toBeGreaterThanOrEqual(2);
    } finally {
      await stack.stop();
    }
  });
});
