import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test('the auditor finds a nomination, sees its timeline and a valid chain, and exports the evidence', async ({ page, signInAs, checkScreen, scenario }) => {
  await signInAs('auditor');
  await page.goto('/app/kiem-toan');
  await page.getByRole('searchbox', { name: 'Tên người, tập thể hoặc mã hồ sơ' }).fill('do minh giang');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: scenario.awarded.name }).click();
  await expect(page.getByText('Chuỗi kiểm toán hợp lệ')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Người có thẩm quyền đã ký quyết định' })).toBeVisible();
  await checkScreen('auditor-trail');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất dữ liệu kiểm toán' }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines.length).toBeGreaterThan(3);
  expect(readFileSync(file, 'utf8')).toContain(scenario.awarded.id);
});
