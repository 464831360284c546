import { expect, test } from './support/fixtures';

/** A day `days` from today in Vietnam, as the date picker shows it (dd/MM/yyyy). */
function vietnamDay(days: number): string {
  const d = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

test('the chairman delegates signing (KT.) for ten days, sees it in force, and ends it', async ({ page, signInAs, checkScreen }) => {
  await signInAs('chairman');
  await page.goto('/app/uy-quyen-ky');
  await expect(page.getByLabel('Từ ngày')).toHaveValue(vietnamDay(0));
  await page.getByLabel('Người được ủy quyền').fill('Trịnh Quốc');
  await page.keyboard.press('Enter');
  await page.getByLabel('Lý do').fill('Chủ tịch đi công tác nước ngoài');
  await page.getByLabel('Đến ngày').fill(vietnamDay(10));
  await page.keyboard.press('Tab'); // the picker takes a typed date when it loses focus
  await page.getByRole('button', { name: 'Tạo ủy quyền' }).click();
  await expect(page.getByText('Đã tạo ủy quyền ký.')).toBeVisible();

  const row = page.getByRole('row').filter({ hasText: 'Trịnh Quốc Bảo' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText([
    'KT. CHỦ TỊCHPHÓ CHỦ TỊCH',
    'Nguyễn Cao Sơn',
    'Trịnh Quốc Bảo',
    `${vietnamDay(0)} – ${vietnamDay(10)}`,
    'Chủ tịch đi công tác nước ngoài',
    'Kết thúc',
  ]);
  await checkScreen('signer-delegations');

  await row.getByRole('button', { name: 'Kết thúc ủy quyền cho Trịnh Quốc Bảo' }).click();
  await page.getByRole('button', { name: 'Kết thúc', exact: true }).click();
  await expect(page.getByText('Không có ủy quyền nào đang hiệu lực')).toBeVisible();
  await page.getByText('Tất cả', { exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Trịnh Quốc Bảo' }).getByText(/^Đã kết thúc \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeVisible();
});

test('the period is checked next to its field before anything is sent', async ({ page, signInAs }) => {
  await signInAs('chairman');
  await page.goto('/app/uy-quyen-ky');
  await page.getByLabel('Người được ủy quyền').fill('Lại Văn');
  await page.keyboard.press('Enter');
  await page.getByLabel('Đến ngày').fill(vietnamDay(-1));
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Tạo ủy quyền' }).click();
  await expect(page.getByText('Ngày kết thúc trước ngày bắt đầu')).toBeVisible();
  await page.getByText('Tất cả', { exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Lại Văn Cường' })).toHaveCount(0);
});
