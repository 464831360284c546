import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DecisionDocumentData, drawDecision, preparedForSigning, SignatureInfo, warmDocumentFonts } from '#ktf/documents';

/** Draws a decision's PDF, ready for its signer's signature (signing.ts preparedForSigning). */
export interface DecisionDrawing {
  prepared(source: DecisionDocumentData, signerName: string, info: SignatureInfo): Promise<Buffer>;
}

export interface DrawRequest {
  id: number;
  source: DecisionDocumentData;
  signerName: string;
  info: SignatureInfo;
}

export type DrawResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };

/** In the calling thread: tests, and a build without the thread's script. */
export const drawingHere: DecisionDrawing = {
  // async: a drawing that throws rejects (a throw in the thread's message handler would end it).
  prepared: async (source, signerName, info) => preparedForSigning(drawDecision(source), signerName, info),
};

const THREAD_SCRIPT = join(__dirname, 'decision-drawing.thread.js');

/**
 * One thread that draws decision PDFs (~3 ms of CPU each warm, the fonts' work shared: shared-font-work.ts).
 * Drawn on the worker's main thread, a PDF held up everything else the worker had to do
 * meanwhile, the signatures of the same decision included: the sign Update's workflow task and
 * its recording waited ~80 ms behind it (issue 18). The thread starts with the worker, parses
 * the fonts once, and draws one PDF at a time; a thread that dies fails what it was drawing
 * (the activity retries) and the next request starts a new one.
 */
export class DrawingThread implements DecisionDrawing {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(pdf: Buffer): void; reject(e: Error): void }>();

  constructor(private readonly script = THREAD_SCRIPT) {
    this.start();
  }

  prepared(source: DecisionDocumentData, signerName: string, info: SignatureInfo): Promise<Buffer> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, source, signerName, info } satisfies DrawRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    // No execArgv of the worker's: its preload (workflow-stack-traces.js) is for workflow threads only.
    const worker = new Worker(this.script, { execArgv: [] });
    worker.on('message', (m: DrawResponse) => {
      const waiting = this.pending.get(m.id);
      this.pending.delete(m.id);
      if ('pdf' in m) waiting?.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      else waiting?.reject(new Error(m.error));
    });
    const failAll = (e: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(e);
      }
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the decision drawing thread exited (${code})`)));
    // The worker process ends when its Temporal worker stops, drawing or not. After the listeners:
    // adding a 'message' listener refs the thread again.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/**
 * The thread when the build has its script (dist), else this thread (ts-jest runs the sources).
 * Either way the fonts are parsed now, not at the first decision.
 */
export function decisionDrawing(): DecisionDrawing {
  if (existsSync(THREAD_SCRIPT)) return new DrawingThread();
  warmDocumentFonts();
  return drawingHere;
}
