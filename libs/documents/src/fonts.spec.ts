import { newPdf, pdfBytes, PORTRAIT_MARGINS } from './pdf-page';
import { pdfText } from './poppler';

/** One page holding `text` in the regular face, as a fresh document. */
async function pageWith(text: string): Promise<Buffer> {
  const doc = newPdf({ layout: 'portrait', margins: PORTRAIT_MARGINS, title: 'fonts', createdAt: new Date('2026-01-15T03:00:00Z') });
  doc.font('regular').fontSize(14).text(text);
  return pdfBytes(doc);
}

// Documents share one parsed face per process (fonts.ts). Its own module here, so the face is
// fresh: the first document meets E and ơ only inside composites (Ề, ở).
describe('the shared font faces', () => {
  it('keep every letter in the text layer of the next document, also letters first met inside a composite', async () => {
    expect((await pdfText(await pageWith('ĐỀ NGHỊ Ở ĐÂY ờ'))).trim()).toBe('ĐỀ NGHỊ Ở ĐÂY ờ');
    expect((await pdfText(await pageWith('ĐEM Đơn vị ENTER'))).trim()).toBe('ĐEM Đơn vị ENTER');
  });
});
