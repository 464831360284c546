import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Reading a PDF back with poppler-utils (pdftotext, pdftoppm, pdfsig), the way a reader's
 * software sees it: the tests check the text, the rendering and the signature through these.
 */
async function withPdfFile<T>(pdf: Buffer, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'ktf-pdf-'));
  try {
    const path = join(dir, 'in.pdf');
    await writeFile(path, pdf);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text, page by page as pdftotext lays it out (UTF-8). */
export const pdfText = (pdf: Buffer): Promise<string> =>
  withPdfFile(pdf, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);

/** Page `page` (1-based) rendered to PNG at `dpi`. */
export const pdfPagePng = (pdf: Buffer, page = 1, dpi = 60): Promise<Buffer> =>
  withPdfFile(pdf, async (path, dir) => {
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return readFile(join(dir, 'page.png'));
  });

export interface SignatureCheck {
  /** pdfsig's exit code: 0 when every signature is valid. */
  exitCode: number;
  output: string;
}

/** pdfsig's report of every signature (the certificate's trust is the reader's store's business). */
export const pdfSignatures = (pdf: Buffer): Promise<SignatureCheck> =>
  withPdfFile(pdf, async (path) => {
    try {
      const { stdout, stderr } = await run('pdfsig', [path]);
      return { exitCode: 0, output: stdout + stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { exitCode: typeof err.code === 'number' ? err.code : -1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  });
