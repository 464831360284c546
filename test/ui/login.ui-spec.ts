import { expect, test } from './support/fixtures';

/** Sign-in through the form against the real POST /auth/login (seeded users, the stack's development password). */
test.describe('sign-in', () => {
  test('a page without a session sends to sign-in, which has no accessibility problems', async ({ page, checkScreen }) => {
    await page.goto('/app/viec-can-xu-ly');
    await expect(page).toHaveURL(/\/app\/dang-nhap$/);
    await expect(page.getByRole('heading', { name: 'Khen Thưởng Flow' })).toBeVisible();
    await checkScreen('login');
  });

  test('a wrong password is refused, the right one lands on the person’s work', async ({ page }) => {
    const password = process.env.KTF_UI_DEV_PASSWORD;
    if (!password) throw new Error('KTF_UI_DEV_PASSWORD is not set: run through test/ui/playwright.config.ts (global setup)');
    await page.goto('/app/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('council.1');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-day');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/app\/viec-can-xu-ly$/);
    await expect(page.getByRole('heading', { name: 'Việc cần xử lý' })).toBeVisible();
    await expect(page.getByText('Phạm Quang Huy')).toBeVisible();
  });

  test('after five wrong passwords the account backs off, and the form says how long to wait', async ({ page }) => {
    await page.goto('/app/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('council.4');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-day');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    }
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText(/thử lại sau \d+ giây/);
  });
});
