import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** Temporal's SQL schema keeps cluster membership ports in a smallint. */
const SMALLINT_PORT_LIMIT = 32768;
/** Where random picks start: above the well-known and registered ports most services use. */
const PICK_FROM = 10000;

/**
 * A TCP port that was free on 127.0.0.1 a moment ago, below the kernel's ephemeral range.
 * Another process may still take it before the caller binds it, so callers should bind soon
 * and fail loudly if it is taken. Not a port the kernel picks (port 0): those come from the
 * ephemeral range, which every outgoing connection on the machine also draws its local port
 * from, and in the seconds before a child binds it a Go client's connection (Temporal's, to
 * Postgres) took one once in CI: the API died with EADDRINUSE.
 */
export async function findFreePort(): Promise<number> {
  const [port] = await findFreePortsBelow(1, Math.min(SMALLINT_PORT_LIMIT, ephemeralRangeStart()));
  return port;
}

/**
 * The first port of the kernel's ephemeral range; Linux's default when it cannot be read or
 * leaves no room below it to pick from.
 */
export function ephemeralRangeStart(): number {
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(first) && first > PICK_FROM + 1000 ? first : SMALLINT_PORT_LIMIT;
  } catch {
    return SMALLINT_PORT_LIMIT;
  }
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
 * Free ports below `limit`, distinct. Temporal's services cannot take the kernel's ephemeral
 * ports (32768 and up): their SQL schema keeps membership ports in a smallint.
 */
export async function findFreePortsBelow(count: number, limit = SMALLINT_PORT_LIMIT, from = PICK_FROM): Promise<number[]> {
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
