import { hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { BundleVerifier, BundleVerifyResult, verifySummary } from '#ktf/domain';

/**
 * Offline verifier for audit export bundles (`GET /audit/export`), without the database:
 *
 *   npm run -s audit:verify -- <bundle.ndjson | ->  [--json]
 *
 * Recomputes every hash with the chain verifier the API uses (libs/domain/src/audit),
 * checks links, sequences, and the trailer's chain heads. Exit status: 0 verified,
 * 1 broken (the first broken link is named), 2 unreadable input or bad usage.
 */
// One-shot digest (strings hashed as UTF-8), as libs/persistence's sha256Hex: no Hash object per event.
const sha256Hex = (text: string) => hash('sha256', text, 'hex');

export async function verifyBundleStream(input: Readable): Promise<BundleVerifyResult> {
  const verifier = new BundleVerifier(sha256Hex);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) verifier.line(line, ++n);
  return verifier.finish();
}

/** The same shape as `GET /audit/verify`, plus what only a bundle has (notes, partial chains). */
export function jsonReport(r: BundleVerifyResult) {
  return {
    ...verifySummary(r),
    partialChains: r.partialChains,
    generatedAt: r.generatedAt,
    notes: r.notes,
  };
}

function textReport(source: string, r: BundleVerifyResult): string {
  const out = [`bundle ${source}${r.generatedAt ? ` (generated ${r.generatedAt})` : ''}: ${r.checked} events in ${r.chains} chains checked`];
  for (const note of r.notes) out.push(`note: ${note}`);
  if (r.ok) {
    out.push('OK: every sequence, link and hash verifies');
  } else {
    for (const b of r.broken) out.push(`BROKEN: ${b.subjectType} ${b.subject} at sequence ${b.sequence}: ${b.reason}`);
    if (r.brokenCount > r.broken.length) out.push(`… ${r.brokenCount - r.broken.length} more`);
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 1) {
    console.error('usage: npm run -s audit:verify -- <bundle.ndjson | -> [--json]');
    return 2;
  }
  const [file] = files;
  let result: BundleVerifyResult;
  try {
    result = await verifyBundleStream(file === '-' ? process.stdin : createReadStream(file));
  } catch (e) {
    console.error(`audit-verify: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  console.log(json ? JSON.stringify(jsonReport(result)) : textReport(file === '-' ? 'stdin' : file, result));
  return result.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error('audit-verify failed:', e instanceof Error ? e.message : e);
      process.exitCode = 2;
    },
  );
}
