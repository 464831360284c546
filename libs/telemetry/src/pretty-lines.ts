import { Writable } from 'node:stream';

const SHOWN_FIRST = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname']);

/** `HH:MM:SS.mmm LEVEL service message key=value…` from a JSON line (development terminals only). */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const level = String(entry.level ?? '').toUpperCase().padEnd(5);
  const rest = Object.entries(entry)
    .filter(([k, v]) => !SHOWN_FIRST.has(k) && v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [time, level, `${String(entry.service ?? '')}:`, String(entry.msg ?? ''), ...rest].filter((p) => p !== '').join(' ');
}

/** A stream that takes pino's JSON lines and writes them readable to `out`. */
export function prettyLines(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const lines = chunk.toString('utf8').split('\n').filter((l) => l !== '');
      out.write(lines.map((l) => `${prettyLine(l)}\n`).join(''));
      done();
    },
  });
}
