// The decision drawing thread's entry (decision-drawing.ts DrawingThread).
import { parentPort } from 'node:worker_threads';
import { warmDocumentFonts } from '#ktf/documents';
import { drawingHere, DrawRequest, DrawResponse } from './decision-drawing';

const port = parentPort;
if (!port) throw new Error('decision-drawing.thread runs as a worker thread only');
// Parsed now, so the first decision after a start does not pay for it (~150 ms).
warmDocumentFonts();

port.on('message', (request: DrawRequest) => {
  drawingHere.prepared(request.source, request.signerName, request.info).then(
    (pdf) => port.postMessage({ id: request.id, pdf } satisfies DrawResponse),
    (e: unknown) => port.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies DrawResponse),
  );
});
