import { expect, test } from './support/fixtures';

test('a council member finds the nomination in the inbox, with its due date, and votes', async ({ page, signInAs, checkScreen, scenario }) => {
  await signInAs('council.1');
  await page.goto('/app');
  await expect(page).toHaveURL(/\/app\/viec-can-xu-ly$/);
  const row = page.getByRole('row').filter({ hasText: scenario.forVote.name });
  await expect(row).toBeVisible();
  await expect(row).toContainText(/Còn \d+ ngày làm việc|Đến hạn hôm nay/);
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await checkScreen('council-inbox');

  await row.getByRole('link', { name: scenario.forVote.name }).click();
  await expect(page.getByRole('heading', { name: scenario.forVote.name })).toBeVisible();
  await expect(page.getByLabel('Các bước xét duyệt')).toContainText('Hội đồng TĐKT');
  await checkScreen('council-nomination');

  await page.getByRole('button', { name: 'Biểu quyết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Biểu quyết' });
  await dialog.getByLabel('Đồng ý', { exact: true }).check();
  await checkScreen('council-vote-form');
  await dialog.getByRole('button', { name: 'Biểu quyết' }).click();
  await expect(page.getByText('Đã ghi nhận phiếu biểu quyết.')).toBeVisible();
  // The API no longer allows a second vote, so the console offers none.
  await expect(page.getByRole('button', { name: 'Biểu quyết' })).toHaveCount(0);
  await expect(page.getByTestId('history-event').filter({ hasText: 'Thành viên Hội đồng đã bỏ phiếu' })).toBeVisible();

  await page.getByRole('link', { name: /^Thông báo/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Thông báo' })).toBeVisible();
  await checkScreen('council-notifications');
});
