// pdfkit requires 'zlib' (not 'node:zlib'): under jest that is the object to watch.
import zlib, { deflateSync, inflateSync } from 'zlib';
import { create as createFontkitFace } from 'fontkit';
import { drawDecision } from './decision-document';
import { decisionOfOne } from './decision-fixture';
import { fontFace, repertoireGlyphs } from './fonts';
import { newPdf, pdfBytes, PORTRAIT_MARGINS } from './pdf-page';
import { pdfText } from './poppler';

// Its own module, so the process's shared font work starts empty here.

/** Each embedded font file of a PDF as written (deflated), by font name without its subset tag. */
function fontFiles(pdf: Buffer): Map<string, Buffer> {
  const text = pdf.toString('latin1');
  const files = new Map<string, Buffer>();
  for (const m of text.matchAll(/\/FontName \/[A-Z]{6}\+(\S+)[^]*?\/FontFile2 (\d+) 0 R/g)) {
    const object = text.indexOf(`\n${m[2]} 0 obj`);
    const length = Number(/\/Length (\d+)/.exec(text.slice(object, object + 200))![1]);
    const start = text.indexOf('stream\n', object) + 'stream\n'.length;
    files.set(m[1], pdf.subarray(start, start + length));
  }
  return files;
}

describe('the font work documents share', () => {
  it('embeds the same font bytes in every document: the whole repertoire, deflated as pdfkit would', async () => {
    const first = fontFiles(await pdfBytes(drawDecision(decisionOfOne('1/QĐ-UBND', 'Đỗ Thị Ngọc Ánh'))));
    const deflate = jest.spyOn(zlib, 'deflateSync');
    let second: Map<string, Buffer>;
    let deflated: number[];
    try {
      second = fontFiles(await pdfBytes(drawDecision(decisionOfOne('2/QĐ-UBND', 'Vũ Đức Thắng'))));
      deflated = deflate.mock.calls.map(([input]) => (input as Uint8Array).length);
    } finally {
      deflate.mockRestore();
    }
    // The second document deflated its pages, not its fonts again.
    const fontSizes = new Set([...first.values()].map((b) => inflateSync(b).length));
    expect(deflated.length).toBeGreaterThan(0);
    expect(deflated.filter((length) => fontSizes.has(length))).toEqual([]);
    expect([...first.keys()].sort()).toEqual(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-BoldItalic', 'LiberationSerif-Italic']);
    for (const [name, bytes] of first) {
      // Different names and numbers, yet each face's file is byte for byte the other document's.
      expect(second.get(name)!.equals(bytes)).toBe(true);
      const font = inflateSync(bytes);
      expect(deflateSync(font).equals(bytes)).toBe(true);
      const style = ({ LiberationSerif: 'regular', 'LiberationSerif-Bold': 'bold', 'LiberationSerif-Italic': 'italic', 'LiberationSerif-BoldItalic': 'boldItalic' } as const)[name]!;
      const embedded = createFontkitFace(font) as { numGlyphs: number };
      expect(embedded.numGlyphs).toBeGreaterThan(repertoireGlyphs(style).length);
    }
  });

  it('still writes a letter outside the repertoire, and the next document is back to the shared bytes', async () => {
    const unusual = await pdfBytes(drawDecision(decisionOfOne('3/QĐ-UBND', 'Nguyễn Văn Ŕ → Ÿ')));
    expect(await pdfText(unusual)).toContain('Nguyễn Văn Ŕ → Ÿ');
    const before = fontFiles(await pdfBytes(drawDecision(decisionOfOne('4/QĐ-UBND', 'Lê Thị Ỷ'))));
    expect(fontFiles(unusual).get('LiberationSerif')!.equals(before.get('LiberationSerif')!)).toBe(false);
    const after = fontFiles(await pdfBytes(drawDecision(decisionOfOne('5/QĐ-UBND', 'Trần Văn Ướt'))));
    expect(after.get('LiberationSerif')!.equals(before.get('LiberationSerif')!)).toBe(true);
  });

  it('lays out a word once per process, and a document renders to the same bytes whatever came before', async () => {
    const again = () => pdfBytes(drawDecision(decisionOfOne('6/QĐ-UBND', 'Phạm Quốc Đạt')));
    const first = await again();
    // Other words at other sizes in between: a shared word must not carry one document's scale into the next.
    const other = newPdf({ layout: 'portrait', margins: PORTRAIT_MARGINS, title: 'x', createdAt: new Date('2026-01-15T03:00:00Z') });
    other.font('regular').fontSize(40).text('Căn cứ Luật Thi đua, khen thưởng Phạm Quốc Đạt');
    other.font('bold').fontSize(7).text('QUYẾT ĐỊNH Điều 1. Tặng Bằng khen');
    await pdfBytes(other);
    const regular = fontFace('regular') as unknown as { layout(text: string): unknown };
    const layout = jest.spyOn(regular, 'layout');
    try {
      const second = await again();
      expect(second.equals(first)).toBe(true);
      expect(layout).not.toHaveBeenCalled();
    } finally {
      layout.mockRestore();
    }
  });

  it('opens no standard font: pdfkit’s default (Helvetica, its metrics parsed per document) is never loaded', async () => {
    const doc = drawDecision(decisionOfOne('7/QĐ-UBND', 'Lê Thị Ỷ'));
    const families = () => Object.keys((doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies);
    expect(families()).not.toContain('Helvetica');
    expect(families().length).toBeGreaterThan(0); // the serif faces the text is written in
    const pdf = await pdfBytes(doc);
    expect(pdf.toString('latin1')).not.toMatch(/Helvetica/);
  });
});
