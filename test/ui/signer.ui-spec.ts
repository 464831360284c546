import { expect, test } from './support/fixtures';

test('the signer signs one decision over the picked nominations and sees its number', async ({ page, signInAs, checkScreen, scenario }) => {
  await signInAs('chairman');
  await page.goto('/app/ky-quyet-dinh');
  for (const n of scenario.forSigning) await page.getByRole('checkbox', { name: `Chọn ${n.name}` }).check();
  await checkScreen('signer-batch');
  await page.getByRole('button', { name: `Ký quyết định (${scenario.forSigning.length} hồ sơ)` }).click();
  const dialog = page.getByRole('dialog', { name: 'Ký quyết định khen thưởng' });
  await dialog.getByRole('button', { name: /^Ký/ }).click();
  await expect(page.getByText(/Đã ký Quyết định số \d+\/QĐ-UBND/)).toBeVisible();
  await checkScreen('signer-signed');
  for (const n of scenario.forSigning) await expect(page.getByRole('row').filter({ hasText: n.name })).toHaveCount(0);
});
