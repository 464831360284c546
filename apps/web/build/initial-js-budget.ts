import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
}
type Output = Chunk | { type: 'asset'; fileName: string };

/**
 * The JavaScript a first visit must load before anything shows: the entry chunk and every
 * chunk it imports statically (lazily loaded pages are not counted). Prints its gzip size
 * and fails the build above `budgetKiB`.
 */
export function initialJsBudget(budgetKiB: number): Plugin {
  return {
    name: 'ktf-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const out of Object.values(bundle) as Output[]) if (out.type === 'chunk') chunks.set(out.fileName, out);
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
      };
      for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
      let raw = 0;
      let gzip = 0;
      for (const name of initial) {
        const code = chunks.get(name)?.code ?? '';
        raw += Buffer.byteLength(code);
        gzip += gzipSync(code, { level: 9 }).length;
      }
      const kib = (n: number) => (n / 1024).toFixed(1);
      const line = `initial JS: ${kib(gzip)} KiB gzip (${kib(raw)} KiB raw, ${initial.size} chunks); budget ${budgetKiB} KiB gzip`;
      if (gzip > budgetKiB * 1024) this.error(`${line}: over budget`);
      console.log(line);
    },
  };
}
