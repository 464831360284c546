import { createServer } from 'node:net';
import { ephemeralRangeStart, findFreePort, findFreePortsBelow } from './free-port';

const listenAll = (port: number) =>
  new Promise<() => Promise<void>>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => resolve(() => new Promise((done) => server.close(() => done()))));
  });

describe('free ports for the stack', () => {
  it('reads where outgoing connections draw their local ports from', () => {
    const start = ephemeralRangeStart();
    expect(Number.isInteger(start)).toBe(true);
    expect(start).toBeGreaterThan(11000);
  });

  // A port in the ephemeral range can be taken as an outgoing connection's local port between
  // the pick and the child's bind (the API died with EADDRINUSE once in CI).
  it('never hands out a port of the ephemeral range, and the ports it gives can be listened on', async () => {
    const limit = ephemeralRangeStart();
    const ports = await Promise.all(Array.from({ length: 40 }, () => findFreePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10000);
      expect(port).toBeLessThan(Math.min(limit, 32768));
    }
    const close = await listenAll(ports[0]);
    await close();
  });

  it('skips a port that is taken', async () => {
    const [taken] = await findFreePortsBelow(1, 20002, 20000);
    const close = await listenAll(taken);
    try {
      const picks = await findFreePortsBelow(1, 20002, 20000);
      expect(picks).not.toContain(taken);
    } finally {
      await close();
    }
  });
});
