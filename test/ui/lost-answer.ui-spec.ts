import { apiClient } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { expect, test } from './support/fixtures';

test('a vote whose answer is lost on the way is sent again with its key: recorded once, and the member sees it recorded', async ({ page, signInAs, baseURL }) => {
  test.setTimeout(90_000);
  const api = apiClient(baseURL as string);
  const { id } = await nominationSteps(api).create('officer.vp', 'Đặng Thị Mất Kết Nối');

  // The first vote reaches the API and is taken; its answer never reaches the browser.
  const keys: (string | null)[] = [];
  await page.route(`**/nominations/${id}/votes`, async (route) => {
    keys.push(await route.request().headerValue('idempotency-key'));
    if (keys.length === 1) {
      const taken = await route.fetch();
      expect(taken.status()).toBe(200);
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });

  await signInAs('council.2');
  await page.goto(`/app/ho-so/${id}`);
  await page.getByRole('button', { name: 'Biểu quyết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Biểu quyết' });
  await dialog.getByLabel('Đồng ý', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Biểu quyết' }).click();
  // Without the key the retry would be refused "already voted" (409) and the member shown an error.
  await expect(page.getByText('Đã ghi nhận phiếu biểu quyết.')).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);

  const history = (await api.get(`/nominations/${id}/history`, 'officer.vp')).body as { action: string }[];
  expect(history.filter((e) => e.action === 'vote_cast')).toHaveLength(1);
});
