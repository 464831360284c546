import { expect, test } from './support/fixtures';

test('the admin reads the holiday calendar a month at a time and the users', async ({ page, signInAs, checkScreen }) => {
  await signInAs('admin');
  await page.goto('/app/quan-tri/ngay-nghi');
  await expect(page.getByRole('heading', { name: 'Lịch ngày nghỉ, ngày làm bù' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Tháng \d{2}\/\d{4}$/ })).toBeVisible();
  // The seeded calendar: 2 September (Quốc khánh) is a day off every year.
  for (let i = 0; i < 12 && !(await page.getByRole('heading', { name: /^Tháng 09\// }).isVisible()); i++) await page.getByRole('button', { name: 'Tháng sau' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '02/09/' })).toContainText('Nghỉ');
  await checkScreen('admin-holidays');

  await page.getByRole('link', { name: 'Người dùng' }).click();
  const chairman = page.getByRole('row').filter({ hasText: 'chairman' });
  await expect(chairman.getByText('Nguyễn Cao Sơn', { exact: true })).toBeVisible();
  await expect(chairman.getByText('chairman', { exact: true })).toBeVisible();
  await expect(chairman.getByText('Người có thẩm quyền ký', { exact: true })).toBeVisible();
  // At 1366 px the common columns fit: the table does not scroll sideways.
  const overflow = await page.locator('.ant-table-content').evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBe(0);
  await checkScreen('admin-users');
});

test('menus follow the roles: a council member sees neither signing nor administration', async ({ page, signInAs }) => {
  await signInAs('council.2');
  await page.goto('/app');
  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  await expect(nav.getByRole('link', { name: 'Việc cần xử lý' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Ký quyết định' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
  await page.goto('/app/quan-tri/nguoi-dung');
  await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
});
