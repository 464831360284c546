import type { ServerResponse } from 'node:http';

/**
 * Writes newline-delimited JSON to a response as it is produced, honouring backpressure
 * (a slow client slows the database reads instead of filling memory). Headers go out with
 * the first line, so an error raised before any output still becomes a problem document.
 */
export class NdjsonWriter {
  private gone = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly headers: Record<string, string> = {},
  ) {
    res.once('close', () => {
      this.gone = true;
    });
  }

  /** The client went away: stop producing. */
  get closed(): boolean {
    return this.gone;
  }

  get started(): boolean {
    return this.res.headersSent;
  }

  async write(...values: unknown[]): Promise<void> {
    if (values.length === 0 || this.gone) return;
    if (!this.res.headersSent) {
      this.res.statusCode = 200;
      this.res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      this.res.setHeader('cache-control', 'no-store');
      for (const [k, v] of Object.entries(this.headers)) this.res.setHeader(k, v);
    }
    const text = values.map((v) => `${JSON.stringify(v)}\n`).join('');
    if (!this.res.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          resolve();
        };
        this.res.once('drain', done);
        this.res.once('close', done);
      });
    }
  }

  end(): void {
    if (!this.gone) this.res.end();
  }
}

/** Sends a computed JSON body on a response the handler owns (@Res()). */
export function sendJson(res: ServerResponse, body: unknown): void {
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
