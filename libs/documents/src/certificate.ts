import { Awardee, DocumentTemplate, fillTemplate } from './document-data';
import { centered, newPdf, pdfBytes } from './pdf-page';
import { placeAndDate } from './vietnamese-date';

const MM = 72 / 25.4;
const MARGIN = 18 * MM;
const ACHIEVEMENT_CHARS = 300;

export interface CertificateData {
  awardee: Awardee;
  decisionNumber: string;
  signedAt: Date;
  template: DocumentTemplate;
  signerUnit: string;
  signatureLines: string[];
  signerName: string;
}

/** "BẰNG KHEN" from "Bằng khen của Chủ tịch UBND tỉnh", "GIẤY KHEN" from "Giấy khen". */
export const certificateTitle = (awardName: string): string => awardName.split(/\s+của\s+/)[0].toLocaleUpperCase('vi');

/**
 * A Bằng khen / Giấy khen for one awardee, A4 landscape in a double frame: who awards, the
 * title, the awardee and what for, the decision it rests on, and the signature block.
 */
export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const fill = (s: string) => fillTemplate(s, data.signerUnit);
  const a = data.awardee;
  const title = certificateTitle(a.awardName);
  const doc = newPdf({ layout: 'landscape', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, title: `${title} — ${a.fullName}`, createdAt: data.signedAt });
  const w = doc.page.width;
  const h = doc.page.height;
  doc.save().lineWidth(3).rect(MARGIN / 2, MARGIN / 2, w - MARGIN, h - MARGIN).stroke();
  doc.lineWidth(0.8).rect(MARGIN / 2 + 6, MARGIN / 2 + 6, w - MARGIN - 12, h - MARGIN - 12).stroke().restore();

  const x = MARGIN + 20;
  const width = w - 2 * x;
  let y = centered(
    doc,
    [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'bold', size: 14 },
      { text: 'Độc lập - Tự do - Hạnh phúc', style: 'bold', size: 14 },
    ],
    x,
    MARGIN + 14,
    width,
  );
  y = centered(doc, [{ text: fill(data.template.authorityLine), style: 'bold', size: 17 }, { text: 'TẶNG', style: 'bold', size: 15 }], x, y + 14, width);
  y = centered(doc, [{ text: title, style: 'bold', size: 40 }], x, y + 6, width);
  y = centered(doc, [{ text: a.fullName.normalize('NFC'), style: 'boldItalic', size: 28 }], x, y + 8, width);
  const facts = [a.position ? `Chức vụ: ${a.position}` : '', `Đơn vị: ${a.unit}`].filter(Boolean).map((text) => ({ text: text.normalize('NFC'), style: 'regular' as const, size: 15 }));
  y = centered(doc, facts, x, y + 6, width);
  const achievements = a.achievements.normalize('NFC');
  const clipped = achievements.length > ACHIEVEMENT_CHARS ? `${achievements.slice(0, ACHIEVEMENT_CHARS - 1).trimEnd()}…` : achievements;
  centered(doc, [{ text: `Đã có thành tích: ${clipped}`, style: 'italic', size: 15 }], x + 40, y + 6, width - 80);

  // Bottom: the decision it rests on (left), place, date and signature (right).
  const bottom = h - MARGIN - 130;
  centered(doc, [{ text: `Quyết định số ${data.decisionNumber}`, style: 'regular', size: 13 }], x, bottom + 40, width * 0.4);
  const signX = x + width * 0.45;
  const signW = width * 0.55;
  let sy = centered(doc, [{ text: placeAndDate(fill(data.template.place), data.signedAt), style: 'italic', size: 14 }], signX, bottom, signW);
  sy = centered(doc, data.signatureLines.map((text) => ({ text: fill(text), style: 'bold' as const, size: 14 })), signX, sy + 2, signW);
  centered(doc, [{ text: data.signerName.normalize('NFC'), style: 'bold', size: 14 }], signX, sy + 55, signW);
  return pdfBytes(doc);
}
