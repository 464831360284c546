import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ephemeralRangeStart, findFreePort, findFreePortsBelow } from './free-port';

const listenAll = (port: number) =>
  new Promise<() => Promise<void>>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => resolve(() => new Promise((done) => server.close(() => done()))));
  });

describe('free ports for the stack', () => {
  it("reads where outgoing connections draw their local ports from (the kernel's setting)", () => {
    const setting = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    expect(ephemeralRangeStart()).toBe(setting > 11000 ? setting : 32768);
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

  it('never gives a port that is taken: with the only candidate listened on, it finds none', async () => {
    const taken = await findFreePort();
    const close = await listenAll(taken);
    try {
      await expect(findFreePortsBelow(1, taken + 1, taken)).rejects.toThrow(/found only 0 of 1/);
    } finally {
      await close();
    }
    expect(await findFreePortsBelow(1, taken + 1, taken)).toEqual([taken]);
  });
});
