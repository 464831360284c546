import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';

const API = join(findRepoRoot(), 'apps', 'api', 'src');

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourcesUnder(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [join(dir, d.name)] : [],
  );

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The feature folder of a file under apps/api/src ('' for the files at its top). */
const featureOf = (file: string) => {
  const parts = relative(API, file).split(sep);
  return parts.length > 1 ? parts[0] : '';
};

/** Feature folder → the feature folders it imports by relative path (type-only imports leave no runtime dependency). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourcesUnder(API)) {
    const from = featureOf(file);
    for (const statement of parse(file).statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.importClause?.isTypeOnly) continue;
      const spec = statement.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(file), spec));
      if (to !== from && to !== '') graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every pair of features that reach each other through imports, as "a ⇄ b". */
function cycles(graph: Map<string, Set<string>>): string[] {
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(graph.get(from) ?? [])].some((next) => next === to || reaches(next, to, seen));
  };
  const found: string[] = [];
  for (const a of graph.keys()) for (const b of graph.get(a) ?? []) if (a < b && reaches(b, a)) found.push(`${a} ⇄ ${b}`);
  return found.sort();
}

/**
 * Handlers that shape the HTTP exchange itself (a status chosen by the result, headers of a
 * download, a stream, a cookie) and so hold more than the call to their service.
 */
const HTTP_SHAPING = new Set([
  'AuditController.verify', // JSON or NDJSON progress stream, chosen by Accept
  'AuditController.export', // a streamed attachment
  'AuthController.login', // sets the refresh cookie
  'AuthController.refresh', // rotates or clears the refresh cookie
  'AuthController.logout', // clears the refresh cookie
  'DecisionsController.sign', // 201 signed now, 200 replayed
  'DossierController.download', // the file's type, name and digest headers
  'NominationsController.create', // 201 created now, 200 replayed
]);

describe('the API’s structure (STYLE.md: thin controllers, no cycles between features)', () => {
  it('has no two feature folders that import each other, directly or through others', () => {
    expect(cycles(featureGraph())).toEqual([]);
  });

  it('keeps the dossier out of the nominations folder: dossier needs only nomination access', () => {
    expect([...(featureGraph().get('dossier') ?? [])].sort()).not.toContain('nominations');
  });

  it('gives every controller handler one statement, the call to its service (HTTP shaping aside)', () => {
    const fat: string[] = [];
    for (const file of sourcesUnder(API).filter((f) => f.endsWith('.controller.ts'))) {
      for (const node of parse(file).statements) {
        if (!ts.isClassDeclaration(node) || !node.name) continue;
        for (const member of node.members) {
          if (!ts.isMethodDeclaration(member) || !member.body || !ts.isIdentifier(member.name)) continue;
          if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) continue;
          const name = `${node.name.text}.${member.name.text}`;
          if (member.body.statements.length > 1 && !HTTP_SHAPING.has(name)) fat.push(name);
        }
      }
    }
    expect(fat).toEqual([]);
  });
});
