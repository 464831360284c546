import ExcelJS from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day of an instant in Vietnam, as the date cell Excel shows (midnight UTC of that
 * day: Excel dates have no time zone, and exceljs writes a Date by its UTC value).
 */
export function vietnamDay(at: Date): Date {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export interface Column {
  header: string;
  width: number;
  /** Date cells show dd/mm/yyyy. */
  date?: boolean;
}

/**
 * One sheet: a bold title on row 1, the headers on row 3 (bold, frozen), then the rows. Values
 * keep their type: numbers are numbers, dates are dates, so the office can sum and sort.
 */
export async function sheetOf(name: string, title: string, columns: Column[], rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Khen Thưởng Flow';
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.width;
    if (c.date) sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  header.font = { bold: true };
  rows.forEach((values, r) => {
    const row = sheet.getRow(4 + r);
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
