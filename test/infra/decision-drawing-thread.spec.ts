// The worker draws decision PDFs on a thread of its own (issue 18: drawn on its main thread, a
// PDF held the same decision's signatures back). The thread runs the built script in dist
// (`npm run build`, which `npm test` runs first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevCa, DecisionDocumentData, issueSignerPkcs12, pdfSignatures, pdfText, Pkcs12Signer, signPreparedPdf } from '#ktf/documents';
import { decisionOfOne } from '../../libs/documents/src/decision-fixture';
import { drawingHere, DrawingThread } from '../../apps/worker/src/documents/decision-drawing';

const THREAD_SCRIPT = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'documents', 'decision-drawing.thread.js');

const info = { reason: 'Quyết định số 41/QĐ-UBND', location: 'Ninh Bình', signingTime: new Date('2026-11-20T03:00:00Z') };

describe('the decision drawing thread', () => {
  let thread: DrawingThread | undefined;
  afterEach(async () => thread?.close());

  it('draws the same bytes as the calling thread would, and they sign into a valid PDF', async () => {
    thread = new DrawingThread(THREAD_SCRIPT);
    // Two at once: each answer goes to its own request.
    const [first, second] = await Promise.all([thread.prepared(decisionOfOne('41/QĐ-UBND'), 'Nguyễn Cao Sơn', info), thread.prepared(decisionOfOne('42/QĐ-UBND'), 'Nguyễn Cao Sơn', info)]);
    expect(first.equals(await drawingHere.prepared(decisionOfOne('41/QĐ-UBND'), 'Nguyễn Cao Sơn', info))).toBe(true);
    expect(second.equals(first)).toBe(false);
    const signer = new Pkcs12Signer(issueSignerPkcs12(createDevCa(), { commonName: 'Nguyễn Cao Sơn', organization: 'UBND tỉnh Ninh Bình' }, 's'), 's');
    const signed = await signPreparedPdf(first, signer, info);
    expect((await pdfText(signed)).replace(/\s+/g, ' ')).toContain('Đỗ Thị Ngọc Ánh');
    const check = await pdfSignatures(signed);
    expect(check.output).toContain('Signer Certificate Common Name: Nguyễn Cao Sơn');
    expect(check.output).toContain('Signature Validation: Signature is Valid.');
  });

  it('fails what a dying thread was drawing, and draws the next request on a new thread', async () => {
    // A stand-in that dies on a decision numbered "die" and answers the others.
    const script = join(mkdtempSync(join(tmpdir(), 'ktf-drawing-')), 'stand-in.js');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (r) => r.source.number === 'die' ? process.exit(3) : parentPort.postMessage({ id: r.id, pdf: Buffer.from('%PDF ' + r.source.number) }));`,
    );
    thread = new DrawingThread(script);
    await expect(thread.prepared(decisionOfOne('die'), 'x', info)).rejects.toThrow('the decision drawing thread exited (3)');
    expect((await thread.prepared(decisionOfOne('43/QĐ-UBND'), 'x', info)).toString()).toBe('%PDF 43/QĐ-UBND');
  });

  it('answers a drawing that throws with its error, and keeps the thread', async () => {
    thread = new DrawingThread(THREAD_SCRIPT);
    await expect(thread.prepared({ ...decisionOfOne('44/QĐ-UBND'), awardees: null } as unknown as DecisionDocumentData, 'x', info)).rejects.toThrow();
    expect((await thread.prepared(decisionOfOne('45/QĐ-UBND'), 'Nguyễn Cao Sơn', info)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is what the built worker draws with (not the in-process fallback)', () => {
    const built = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'documents', 'decision-drawing.js');
    const script = `const d = require(${JSON.stringify(built)}); const drawing = d.decisionDrawing(); console.log(drawing instanceof d.DrawingThread);`;
    expect(execFileSync(process.execPath, ['-e', script], { timeout: 15_000, encoding: 'utf8' }).trim()).toBe('true');
  });

  it('does not keep its process alive: a worker stopping with the thread idle exits at once', () => {
    const built = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'documents', 'decision-drawing.js');
    const script = `const { DrawingThread } = require(${JSON.stringify(built)}); new DrawingThread(); setTimeout(() => console.log('done'), 20);`;
    // A thread that held the process would run into the timeout (the Ctrl-C test of a worker saw it).
    expect(execFileSync(process.execPath, ['-e', script], { timeout: 15_000, encoding: 'utf8' }).trim()).toBe('done');
  });
});
