import { Awardee, DecisionDocumentData, fillTemplate } from './document-data';
import { centered, newPdf, Pdf, PORTRAIT_MARGINS, rule } from './pdf-page';
import { placeAndDate, shortDate } from './vietnamese-date';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Body text: Nghị định 30 asks for 13–14 pt. */
const BODY = 14;
const INDENT = 28;
/** The annex shows this much of each achievement; the dossier keeps the whole text. */
const ANNEX_ACHIEVEMENT_CHARS = 400;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** "Điều 1." text: one clause per award, counting individuals and collectives. */
export function awardArticle(awardees: Awardee[]): string {
  const byAward = new Map<string, Awardee[]>();
  for (const a of awardees) byAward.set(a.awardName, [...(byAward.get(a.awardName) ?? []), a]);
  const clauses = [...byAward].map(([award, list]) => {
    const people = list.filter((a) => a.subject === 'individual').length;
    const groups = list.length - people;
    const who = [people ? `${people} cá nhân` : '', groups ? `${groups} tập thể` : ''].filter(Boolean).join(' và ');
    return `Tặng ${award} cho ${who}`;
  });
  return `${clauses.join('; ')} có tên trong Danh sách kèm theo Quyết định này, đã có thành tích xuất sắc trong phong trào thi đua.`;
}

/** The award names the decision gives, for the trích yếu. */
const awardNames = (awardees: Awardee[]) => [...new Set(awardees.map((a) => a.awardName))].join(', ');

/**
 * A quyết định in the state format (Nghị định 30/2020/NĐ-CP), drawn but not ended, so a
 * signature placeholder can still be added: header, body, nơi nhận and signature block on the
 * first pages, then the annex listing every awardee. Page numbers from page 2, top centre.
 */
export function drawDecision(data: DecisionDocumentData): Pdf {
  const t = data.template;
  const fill = (s: string) => fillTemplate(s, data.signerUnit);
  const doc = newPdf({ layout: 'portrait', margins: PORTRAIT_MARGINS, title: `Quyết định số ${data.number}`, createdAt: data.signedAt });
  const x0 = PORTRAIT_MARGINS.left;
  const width = doc.page.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
  const top = PORTRAIT_MARGINS.top;

  // Header: issuing body and number (left), national title, motto, place and date (right).
  const leftW = 190;
  const rightX = x0 + 175;
  const rightW = width - 175;
  const body = t.issuingBody.map(fill);
  let leftY = centered(doc, body.map((text, i) => ({ text, style: i === body.length - 1 ? 'bold' : 'regular', size: 13 })), x0, top, leftW);
  rule(doc, x0 + leftW / 2, leftY + 4, 60);
  leftY = centered(doc, [{ text: `Số: ${data.number}`, style: 'regular', size: 13 }], x0, leftY + 10, leftW);
  let rightY = centered(doc, [{ text: NATIONAL_TITLE, style: 'bold', size: 12 }, { text: MOTTO, style: 'bold', size: 13 }], rightX, top, rightW);
  doc.font('bold').fontSize(13);
  rule(doc, rightX + rightW / 2, rightY + 3, doc.widthOfString(MOTTO));
  rightY = centered(doc, [{ text: placeAndDate(fill(t.place), data.signedAt), style: 'italic', size: 13 }], rightX, rightY + 10, rightW);

  // Kind, trích yếu, the deciding authority.
  let y = Math.max(leftY, rightY) + 24;
  y = centered(doc, [{ text: 'QUYẾT ĐỊNH', style: 'bold', size: BODY }, { text: fill(t.subject.replaceAll('{award}', awardNames(data.awardees))), style: 'bold', size: BODY }], x0, y, width);
  rule(doc, x0 + width / 2, y + 5, 120);
  y = centered(doc, [{ text: fill(t.authorityLine), style: 'bold', size: BODY }], x0, y + 18, width);

  // Căn cứ, then the articles.
  doc.x = x0;
  doc.y = y + 12;
  for (const basis of t.legalBases) doc.font('italic').fontSize(BODY).text(fill(basis), { width, align: 'justify', indent: INDENT, paragraphGap: 4 });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(BODY).text('QUYẾT ĐỊNH:', x0, doc.y, { width, align: 'center' });
  doc.moveDown(0.6);
  const articles = [awardArticle(data.awardees), ...t.closingArticles.map(fill)];
  articles.forEach((text, i) => {
    doc.font('bold').fontSize(BODY).text(`Điều ${i + 1}. `, x0, doc.y, { width, align: 'justify', indent: INDENT, continued: true, paragraphGap: 6 });
    doc.font('regular').text(text);
  });

  drawClosing(doc, data, x0, width);
  drawAnnex(doc, data, x0, width);
  numberPages(doc);
  return doc;
}

/** Nơi nhận (left, small) and the signature block (right): kept together on one page. */
function drawClosing(doc: Pdf, data: DecisionDocumentData, x0: number, width: number): void {
  const fill = (s: string) => fillTemplate(s, data.signerUnit);
  const needed = 190;
  if (doc.y + needed > doc.page.height - PORTRAIT_MARGINS.bottom) doc.addPage();
  const y = doc.y + 14;
  const leftW = width * 0.45;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', x0, y, { width: leftW });
  for (const r of data.template.recipients) doc.font('regular').fontSize(11).text(`- ${fill(r)}`, x0, doc.y, { width: leftW });
  const leftEnd = doc.y;
  const signX = x0 + width * 0.45;
  const signW = width * 0.55;
  const titleEnd = centered(doc, data.signatureLines.map((text) => ({ text: fill(text), style: 'bold' as const, size: BODY })), signX, y, signW);
  // Room for the digital signature's visible mark, as for a hand signature on paper.
  centered(doc, [{ text: data.signerName.normalize('NFC'), style: 'bold', size: BODY }], signX, titleEnd + 70, signW);
  doc.x = x0;
  doc.y = Math.max(leftEnd, doc.y);
}

const COLUMNS: { header: string; width: number; cell: (a: Awardee, i: number) => string }[] = [
  { header: 'TT', width: 26, cell: (_, i) => String(i + 1) },
  { header: 'Họ và tên', width: 140, cell: (a) => a.fullName.normalize('NFC') },
  { header: 'Chức vụ', width: 78, cell: (a) => (a.position ?? '').normalize('NFC') },
  { header: 'Đơn vị', width: 88, cell: (a) => a.unit.normalize('NFC') },
  { header: 'Thành tích', width: 0, cell: (a) => clip(a.achievements.normalize('NFC'), ANNEX_ACHIEVEMENT_CHARS) },
];

/** Phụ lục: every awardee in a ruled table whose header repeats on each page. */
function drawAnnex(doc: Pdf, data: DecisionDocumentData, x0: number, width: number): void {
  doc.addPage();
  const t = data.template;
  let y = centered(
    doc,
    [
      { text: 'DANH SÁCH', style: 'bold', size: BODY },
      { text: 'cá nhân, tập thể được khen thưởng', style: 'bold', size: BODY },
      { text: `(Kèm theo Quyết định số ${data.number} ngày ${shortDate(data.signedAt)} của ${fillTemplate(t.issuerName, data.signerUnit)})`, style: 'italic', size: 13 },
    ],
    x0,
    PORTRAIT_MARGINS.top,
    width,
  );
  rule(doc, x0 + width / 2, y + 5, 120);
  y += 14;
  const widths = COLUMNS.map((c) => c.width || width - COLUMNS.reduce((s, k) => s + k.width, 0));
  const pad = 4;
  const row = (cells: string[], style: 'bold' | 'regular', at: number): number => {
    doc.font(style).fontSize(12);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
    let x = x0;
    cells.forEach((c, i) => {
      doc.lineWidth(0.5).rect(x, at, widths[i], h).stroke();
      doc.text(c, x + pad, at + pad, { width: widths[i] - 2 * pad, align: i === 0 || style === 'bold' ? 'center' : 'left' });
      x += widths[i];
    });
    return at + h;
  };
  const header = COLUMNS.map((c) => c.header);
  y = row(header, 'bold', y);
  data.awardees.forEach((a, i) => {
    const cells = COLUMNS.map((c) => c.cell(a, i));
    doc.font('regular').fontSize(12);
    const h = Math.max(...cells.map((c, k) => doc.heightOfString(c, { width: widths[k] - 2 * pad }))) + 2 * pad;
    if (y + h > doc.page.height - PORTRAIT_MARGINS.bottom) {
      doc.addPage();
      y = row(header, 'bold', PORTRAIT_MARGINS.top);
    }
    y = row(cells, 'regular', y);
  });
  doc.x = x0;
  doc.y = y;
}

/** Page numbers from the second page on, centred in the top margin (Nghị định 30). */
function numberPages(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(13).text(String(i + 1), 0, PORTRAIT_MARGINS.top / 2, { width: doc.page.width, align: 'center', lineBreak: false });
  }
  doc.switchToPage(range.start + range.count - 1);
}
