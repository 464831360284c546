import { tokenFor } from '../e2e/support/e2e-stack';
import { expect, test } from './support/fixtures';

/**
 * Sign-in against the contract of branch `auth` (POST /auth/login). Until that endpoint is
 * on this stack the browser's calls to it are answered here, and everything after sign-in
 * is the real API.
 */
test.describe('sign-in', () => {
  test('a page without a session sends to sign-in, which has no accessibility problems', async ({ page, checkScreen }) => {
    await page.goto('/app/viec-can-xu-ly');
    await expect(page).toHaveURL(/\/app\/dang-nhap$/);
    await expect(page.getByRole('heading', { name: 'Khen Thưởng Flow' })).toBeVisible();
    await checkScreen('login');
  });

  test('wrong password, backing off, then signing in lands on the person’s work', async ({ page }) => {
    let calls = 0;
    await page.route('**/auth/login', async (route) => {
      calls += 1;
      const body = route.request().postDataJSON() as { username: string; password: string };
      if (calls === 1) return route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ status: 401, title: 'Unauthorized', detail: 'bad credentials' }) });
      if (calls === 2) return route.fulfill({ status: 429, headers: { 'Retry-After': '30' }, contentType: 'application/problem+json', body: JSON.stringify({ status: 429, title: 'Too many requests' }) });
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          accessToken: tokenFor(body.username),
          tokenType: 'Bearer',
          expiresIn: 900,
          user: { id: 'x', username: body.username, fullName: 'Ủy viên Hội đồng Một', roles: ['council_member'], unitId: 'u', unitName: 'Văn phòng UBND tỉnh' },
        }),
      });
    });
    await page.goto('/app/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('council.1');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('thử lại sau 30 giây');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/app\/viec-can-xu-ly$/);
    await expect(page.getByRole('heading', { name: 'Việc cần xử lý' })).toBeVisible();
    await expect(page.getByText('Ủy viên Hội đồng Một')).toBeVisible();
  });
});
