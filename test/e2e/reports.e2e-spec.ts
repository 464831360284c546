// Statistics exports: the awards of a year by unit and award type, and the nominations register,
// as XLSX read back cell by cell (Vietnamese headers, numbers as numbers, dates as dd/mm/yyyy).
import ExcelJS from 'exceljs';

import { Caller, tokenFor } from './support/e2e-stack';

import { createOwnUnit } from './support/unit-fixture';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(180_000);

/** The day of an instant in Vietnam as the date cell Excel holds (midnight UTC of that day). */
const vietnamDayOf = (at: Date) => {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
};

describe('statistics exports (XLSX)', () => {
  const { stack, api, steps } = useE2eStack();

  async function download(path: string, user: Caller) {
    const res = await fetch(`${stack.apiUrl}${path}`, { headers: { authorization: `Bearer ${tokenFor(user)}` } });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body };
  }

  async function sheet(body: Buffer) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    return { ws, row };
  }

  it('exports the awards of a year and the register, with exact cells', async () => {
    const unit = await createOwnUnit(api, 'XA-KIM-DONG', 'UBND xã Kim Đông');
    const awarded = [];
    for (const name of ['Vũ Thị Thống', 'Đặng Văn Kê']) {
      const n = await steps.create(unit.officer, name, { awardCode: 'GIAY_KHEN', year: 2024 });
      await steps.voteAll(n.id, unit.members);
      await steps.appraise(n.id, 'approve');
      awarded.push(n);
    }
    const pending = await steps.create(unit.officer, 'Lý Thị Chờ', { awardCode: 'GIAY_KHEN', year: 2024 });
    await steps.voteAll(pending.id, unit.members);
    const decision = await steps.sign(awarded.map((n) => n.id), unit.head);
    expect(decision.number).toBe('1/QĐ-XA-KIM-DONG');
    const awardName = (await api.get('/award-types/GIAY_KHEN', 'admin')).body.nameVi as string;
    const dueAt = new Date((await api.get(`/nominations/${pending.id}`, 'auditor')).body.dueAt as string);

    // Roles and validation.
    expect((await download('/reports/awards.xlsx?year=2024', unit.officer)).status).toBe(403);
    expect((await download('/reports/awards.xlsx?year=2024', unit.head)).status).toBe(403);
    expect((await download('/reports/awards.xlsx', 'auditor')).status).toBe(400);
    expect((await download('/reports/awards.xlsx?year=abc', 'auditor')).status).toBe(400);
    expect((await download('/reports/nominations.xlsx?unitId=nope', 'auditor')).status).toBe(400);

    const awards = await download('/reports/awards.xlsx?year=2024', 'auditor');
    expect(awards).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: 'attachment; filename="khen-thuong-2024.xlsx"' });
    const a = await sheet(awards.body);
    expect(a.ws.name).toBe('Khen thưởng 2024');
    expect(a.row(1)).toEqual(['THỐNG KÊ KHEN THƯỞNG NĂM 2024']);
    expect(a.row(3)).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Cá nhân', 'Tập thể', 'Tổng số']);
    expect(a.row(4)).toEqual([1, 'UBND xã Kim Đông', awardName, 2, 0, 2]);
    expect(a.row(5)).toEqual([undefined, 'Tổng cộng', undefined, 2, 0, 2]);
    expect(a.ws.rowCount).toBe(5);
    // Another year: only the total line.
    expect((await sheet((await download('/reports/awards.xlsx?year=2023', 'admin')).body)).row(4)).toEqual([undefined, 'Tổng cộng', undefined, 0, 0, 0]);

    const register = await download(`/reports/nominations.xlsx?year=2024&unitId=${unit.id}`, 'appraiser');
    expect(register).toMatchObject({ status: 200, disposition: 'attachment; filename="so-theo-doi-2024.xlsx"' });
    const r = await sheet(register.body);
    expect(r.row(1)).toEqual(['SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024']);
    expect(r.row(3)).toEqual(['STT', 'Cá nhân/Tập thể được đề nghị', 'Đối tượng', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Trạng thái', 'Bước xử lý', 'Ngày lập', 'Hạn xử lý', 'Tiến độ', 'Số quyết định']);
    const today = vietnamDayOf(new Date());
    expect(r.row(4)).toEqual([1, 'Vũ Thị Thống', 'Cá nhân', 'UBND xã Kim Đông', awardName, 2024, 'Đã khen thưởng', undefined, today, undefined, 'Đúng hạn', '1/QĐ-XA-KIM-DONG']);
    expect(r.row(5)).toEqual([2, 'Đặng Văn Kê', 'Cá nhân', 'UBND xã Kim Đông', awardName, 2024, 'Đã khen thưởng', undefined, today, undefined, 'Đúng hạn', '1/QĐ-XA-KIM-DONG']);
    const dueDay = vietnamDayOf(dueAt);
    expect(r.row(6)).toEqual([3, 'Lý Thị Chờ', 'Cá nhân', 'UBND xã Kim Đông', awardName, 2024, 'Đang xử lý', 'Thẩm định', today, dueDay, 'Đúng hạn', undefined]);
    expect(r.ws.getCell('I6').numFmt).toBe('dd/mm/yyyy');
    expect(r.ws.getCell('J6').numFmt).toBe('dd/mm/yyyy');
    expect(r.ws.rowCount).toBe(6);
  });
});
