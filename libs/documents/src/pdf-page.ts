import PDFDocument from 'pdfkit';
import { FONT_STYLES, fontFace, FontStyle } from './fonts';
import { shareFontWork } from './shared-font-work';

export type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;

/** Nghị định 30/2020 margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PORTRAIT_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

/**
 * A pdfkit document with the serif faces registered. Creation date and producer are fixed
 * from the data so the same decision renders to the same bytes.
 */
export function newPdf(options: { layout: 'portrait' | 'landscape'; margins: typeof PORTRAIT_MARGINS; title: string; createdAt: Date }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margins: options.margins,
    autoFirstPage: true,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document (~0.4 ms, a fifth
    // of a decision's drawing) though nothing is written in it; every text picks its face.
    font: null as unknown as string,
    info: { Title: options.title, Producer: 'Khen Thưởng Flow', Creator: 'Khen Thưởng Flow', CreationDate: options.createdAt, ModDate: options.createdAt },
  });
  for (const style of FONT_STYLES) doc.registerFont(style, fontFace(style) as unknown as PDFKit.Mixins.PDFFontSource);
  shareFontWork(doc);
  return doc;
}

/** The finished document's bytes (call after everything is drawn). */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** One or more centered lines in a column, each in its style; returns the y below them. */
export function centered(doc: Pdf, lines: { text: string; style: FontStyle; size: number }[], x: number, y: number, width: number): number {
  let at = y;
  for (const l of lines) {
    doc.font(l.style).fontSize(l.size);
    doc.text(l.text, x, at, { width, align: 'center' });
    at = doc.y;
  }
  return at;
}

/** The short solid rule Nghị định 30 draws under the issuing body, the motto and the trích yếu. */
export function rule(doc: Pdf, centerX: number, y: number, length: number): void {
  doc.save().lineWidth(0.6).moveTo(centerX - length / 2, y).lineTo(centerX + length / 2, y).stroke().restore();
}
