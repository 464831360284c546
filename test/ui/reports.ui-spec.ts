import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { apiClient } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { expect, type Page, test } from './support/fixtures';

const YEAR = new Date().getFullYear();

/** Clicks the button, waits for the file the browser saves, and reads its first sheet back. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  return { name: file.suggestedFilename(), sheet, row };
}

test('the office downloads the register of one unit and the year’s award counts, and both read back', async ({ page, signInAs, checkScreen, baseURL }) => {
  const mine = await nominationSteps(apiClient(baseURL!)).create('officer.dongthinh', 'Quách Thị Tuyết Nhung');

  await signInAs('admin');
  await page.goto('/app/bao-cao');
  await page.getByLabel('Đơn vị').fill('Đồng Thịnh');
  await page.keyboard.press('Enter');
  await checkScreen('admin-reports');

  const register = await download(page, 'Tải sổ theo dõi (.xlsx)');
  expect(register.name).toBe(`so-theo-doi-${YEAR}.xlsx`);
  expect(register.row(1)[0]).toBe(`SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${YEAR}`);
  expect(register.row(3)).toEqual(['STT', 'Cá nhân/Tập thể được đề nghị', 'Đối tượng', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Trạng thái', 'Bước xử lý', 'Ngày lập', 'Hạn xử lý', 'Tiến độ', 'Số quyết định']);
  const rows = Array.from({ length: register.sheet.rowCount - 3 }, (_, i) => register.row(4 + i));
  expect(rows.every((r) => r[3] === 'UBND xã Đồng Thịnh')).toBe(true);
  const nhung = rows.find((r) => r[1] === mine.name)!;
  expect(nhung.slice(1, 8)).toEqual([mine.name, 'Cá nhân', 'UBND xã Đồng Thịnh', 'Bằng khen của Chủ tịch UBND tỉnh', YEAR, 'Đang xử lý', 'Hội đồng Thi đua - Khen thưởng xét']);
  expect(nhung[8]).toBeInstanceOf(Date);
  expect(nhung[10]).toBe('Đúng hạn');

  const awards = await download(page, 'Tải báo cáo khen thưởng (.xlsx)');
  expect(awards.name).toBe(`khen-thuong-${YEAR}.xlsx`);
  expect(awards.row(1)[0]).toBe(`THỐNG KÊ KHEN THƯỞNG NĂM ${YEAR}`);
  expect(awards.row(3)).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Cá nhân', 'Tập thể', 'Tổng số']);
  const lines = Array.from({ length: awards.sheet.rowCount - 3 }, (_, i) => awards.row(4 + i));
  const total = lines.at(-1)!;
  expect(total[1]).toBe('Tổng cộng');
  // The seeded scenario signed one award for the province's office this year (other specs may add more).
  const office = lines.find((r) => r[1] === 'Văn phòng UBND tỉnh' && r[2] === 'Bằng khen của Chủ tịch UBND tỉnh')!;
  expect(typeof office[5]).toBe('number');
  expect(office[5]).toBeGreaterThanOrEqual(1);
  expect(total[5]).toBe(lines.slice(0, -1).reduce((sum, r) => sum + (r[5] as number), 0));
});
