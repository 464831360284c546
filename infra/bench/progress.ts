/** Progress lines on stderr (the table goes to stdout), stamped with the time since start. */
const started = Date.now();

export function progress(message: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${s}s] ${message}\n`);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `fn` with `concurrency` workers pulling from a shared counter until `total` items are done. */
export async function pool(total: number, concurrency: number, fn: (i: number) => Promise<void>, onTick?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await fn(i);
      done += 1;
      onTick?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}
