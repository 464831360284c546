import { connect, createServer } from 'node:net';

/**
 * A TCP port that was free on 127.0.0.1 a moment ago. Another process may take it before
 * the caller binds it, so callers should bind soon and fail loudly if it is taken.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => (port ? resolvePort(port) : reject(new Error('Could not read the bound port'))));
    });
  });
}

/** Whether 127.0.0.1:port can be bound right now. */
function canBind(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolveFree(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolveFree(true)));
  });
}

/**
 * Free ports below `limit`, distinct. Temporal's SQL schema keeps cluster membership ports in a
 * smallint, so its services cannot take the kernel's ephemeral ports (32768 and up).
 */
export async function findFreePortsBelow(count: number, limit = 32768, from = 10000): Promise<number[]> {
  const picked = new Set<number>();
  for (let attempt = 0; picked.size < count && attempt < count * 200; attempt++) {
    const port = from + Math.floor(Math.random() * (limit - from));
    if (!picked.has(port) && (await canBind(port))) picked.add(port);
  }
  if (picked.size < count) throw new Error(`found only ${picked.size} of ${count} free ports in ${from}–${limit - 1}`);
  return [...picked];
}

/** True when something accepts TCP connections on 127.0.0.1:port (used to check shutdowns). */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = connect({ port, host });
    const done = (open: boolean): void => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
