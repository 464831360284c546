import { apiClient } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

test('the signer signs one decision over the picked nominations and sees its number', async ({ page, signInAs, checkScreen, scenario }) => {
  await signInAs('chairman');
  await page.goto('/app/ky-quyet-dinh');
  for (const n of scenario.forSigning) await page.getByRole('checkbox', { name: `Chọn ${n.name}` }).check();
  await expect(page.getByRole('checkbox', { name: `Chọn ${scenario.forKeyboardSigning.name}` })).not.toBeChecked();
  await checkScreen('signer-batch');
  await page.getByRole('button', { name: `Ký quyết định (${scenario.forSigning.length} hồ sơ)` }).click();
  // Reduced motion asked for (playwright.config.ts): the dialog is there at once, not zooming in.
  expect(await page.evaluate("document.getAnimations().filter((a) => a.playState === 'running').length")).toBe(0);
  const dialog = page.getByRole('dialog', { name: 'Ký quyết định khen thưởng' });
  await dialog.getByRole('button', { name: /^Ký/ }).click();
  await expect(page.getByText(/Đã ký Quyết định số \d+\/QĐ-UBND/)).toBeVisible();
  await checkScreen('signer-signed');
  for (const n of scenario.forSigning) await expect(page.getByRole('row').filter({ hasText: n.name })).toHaveCount(0);
});

test('the signer signs with the keyboard alone: pick with Space, open and confirm with Enter', async ({ page, signInAs, checkScreen, scenario }) => {
  const { name } = scenario.forKeyboardSigning;
  await signInAs('chairman');
  await page.goto('/app/ky-quyet-dinh');
  await expect(page.getByRole('checkbox', { name: `Chọn ${name}` })).toBeVisible();
  await tabTo(page, 'checkbox', `Chọn ${name}`);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: `Chọn ${name}` })).toBeChecked();
  await tabTo(page, 'button', 'Ký quyết định (1 hồ sơ)');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ký quyết định khen thưởng' });
  await expect(dialog).toContainText(name);
  await tabTo(page, 'button', 'Ký (1 hồ sơ)');
  await checkScreen('signer-keyboard-confirm');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Đã ký Quyết định số \d+\/QĐ-UBND/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('the signer returns one for appraisal with a comment, from its page; it leaves the signing list', async ({ page, signInAs, baseURL }) => {
  // This test's own nomination, brought to signing through the public API.
  const steps = nominationSteps(apiClient(baseURL as string));
  const { id, name } = await steps.create('officer.vp', 'Quách Văn Trả');
  await steps.voteAll(id);
  await steps.appraise(id, 'approve');

  await signInAs('chairman');
  await page.goto('/app/ky-quyet-dinh');
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Trả lại thẩm định' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả lại thẩm định' });
  await dialog.getByLabel('Ý kiến khi trả lại').fill('Đề nghị xác minh lại danh hiệu năm 2025');
  await dialog.getByRole('button', { name: 'Trả lại thẩm định' }).click();
  await expect(page.getByText('Đã trả lại để thẩm định lại.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Người ký trả lại để thẩm định lại' })).toContainText('Lý do: Đề nghị xác minh lại danh hiệu năm 2025');
  await expect(page.getByRole('button', { name: 'Trả lại thẩm định' })).toHaveCount(0);
  await page.goto('/app/ky-quyet-dinh');
  await expect(page.getByRole('heading', { name: 'Ký quyết định khen thưởng' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});
