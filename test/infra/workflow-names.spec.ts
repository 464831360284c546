import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKFLOW_TYPES } from '#ktf/contracts';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';

const root = findRepoRoot();
const read = (p: string) => readFileSync(join(root, p), 'utf8');

/** Source files of a folder, recursively (spec files aside). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

/** Workflow types and the task queue are named in libs/contracts only, and started by those names. */
describe('workflow names and the task queue', () => {
  it('the worker registers exactly the workflows named in WORKFLOW_TYPES', () => {
    const exported = [...read('workflows/src/index.ts').matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]).sort();
    expect(exported).toEqual(Object.values(WORKFLOW_TYPES).sort());
  });

  it('no app or tool starts a workflow or names the task queue by a string of its own', () => {
    const names = Object.values(WORKFLOW_TYPES).join('|');
    const byString = new RegExp(`['"\`](?:${names}|ktf-nominations)['"\`]`);
    const offenders = ['apps', 'infra/dev', 'infra/tools', 'libs/config'].flatMap(sources).filter((f) => byString.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
