import { expect, test } from './support/fixtures';

test('the appraiser approves a dossier with a reason (and an override where a check failed)', async ({ page, signInAs, checkScreen, scenario }) => {
  await signInAs('appraiser');
  await page.goto('/app/viec-can-xu-ly');
  await page.getByRole('link', { name: scenario.forAppraisal.name }).click();
  await expect(page.getByRole('heading', { name: scenario.forAppraisal.name })).toBeVisible();
  await expect(page.getByText('Kiểm tra của hệ thống')).toBeVisible();
  await checkScreen('appraiser-nomination');

  await page.getByRole('button', { name: 'Thẩm định' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thẩm định' });
  await dialog.getByLabel('Đủ điều kiện, trình ký').check();
  await dialog.getByLabel('Lý do, nhận xét').fill('Hồ sơ đầy đủ, đúng tiêu chuẩn');
  const override = dialog.getByLabel(/Lý do vẫn trình ký/);
  if (await override.isVisible()) await override.fill('Đã đối chiếu hồ sơ giấy: đủ danh hiệu các năm trước');
  await checkScreen('appraiser-form');
  await dialog.getByRole('button', { name: 'Thẩm định' }).click();
  await expect(page.getByText('Đã ghi nhận kết quả thẩm định.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Thẩm định: đủ điều kiện, trình ký' })).toContainText('Hồ sơ đầy đủ, đúng tiêu chuẩn');
  await expect(page.getByRole('button', { name: 'Thẩm định' })).toHaveCount(0);
});
