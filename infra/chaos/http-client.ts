import { tokenFor } from '../bench/bench-http';

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RetryBook {
  /** Requests sent again after a cut connection, a 5xx or a timeout. */
  retries: number;
  /** 500 answers (a lost dependency should answer 503). */
  internalErrors: number;
  /** A retried request refused with 409: the first attempt had most likely gone through. */
  ambiguous: number;
}

const RETRYABLE = new Set([500, 502, 503, 504]);

/**
 * A client as a real one behaves under outages: on a cut connection, a 5xx or no answer within
 * the timeout it sends the same request again (same Idempotency-Key) after a pause.
 */
export function chaosClient(baseUrl: string, book: RetryBook, opts = { timeoutMs: 90_000, pauseMs: 700, giveUpMs: 240_000 }) {
  async function once(method: string, path: string, user: string, body?: unknown, key?: string): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(user)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(opts.timeoutMs) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed };
  }

  async function call(method: string, path: string, user: string, body?: unknown, key?: string): Promise<Answer & { attempts: number }> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let answer: Answer | undefined;
      try {
        answer = await once(method, path, user, body, key);
        if (answer.status === 500) book.internalErrors++;
        if (!RETRYABLE.has(answer.status)) {
          if (attempt > 1 && answer.status === 409) book.ambiguous++;
          return { ...answer, attempts: attempt };
        }
      } catch {
        // connection refused or cut, or no answer in time: the same request again
      }
      if (Date.now() - started > opts.giveUpMs) throw new Error(`${method} ${path}: no answer after ${attempt} attempts (last ${answer?.status ?? 'no connection'})`);
      book.retries++;
      await new Promise((r) => setTimeout(r, opts.pauseMs));
    }
  }

  return {
    get: (path: string, user: string) => call('GET', path, user),
    post: (path: string, user: string, body?: unknown, key?: string) => call('POST', path, user, body, key),
  };
}

export type ChaosClient = ReturnType<typeof chaosClient>;
