import { expect, test } from './support/fixtures';

test.describe('unit officer', () => {
  test('finds a nomination by a name typed without diacritics', async ({ page, signInAs, checkScreen, scenario }) => {
    await signInAs('officer.vp');
    await page.goto('/app/ho-so');
    await page.getByRole('searchbox', { name: 'Tìm theo tên người hoặc tập thể' }).fill('nguyen thi hoa');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/q=nguyen/);
    await expect(page.getByRole('link', { name: scenario.searchable.name })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2); // header + the one match
    await checkScreen('officer-list');
  });

  test('proposes a nominee with the new-nomination form and submits it', async ({ page, signInAs, checkScreen }) => {
    await signInAs('officer.vp');
    await page.goto('/app/ho-so/moi');
    await page.getByLabel('Hình thức khen thưởng').fill('Bằng khen của Chủ tịch');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Chủ tịch UBND tỉnh quyết định')).toBeVisible();
    await page.getByLabel('Họ và tên').fill('Vũ Thị Lan');
    await page.getByLabel('Chức vụ').fill('Chuyên viên');
    await page.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hoá hồ sơ một cửa.');
    await checkScreen('officer-new-nomination');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await expect(page.getByRole('heading', { name: 'Vũ Thị Lan' })).toBeVisible();
    await expect(page.getByText('Đã gửi hồ sơ đề nghị (hồ sơ giấy).')).toBeVisible();
    await expect(page.getByTestId('history-event').filter({ hasText: 'Đơn vị đã gửi hồ sơ đề nghị' })).toBeVisible();
    // The unit may still withdraw, as the API allows; nothing else is offered.
    await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toBeVisible();
    await checkScreen('officer-nomination');
  });

  test('a required field left empty is named next to the field', async ({ page, signInAs }) => {
    await signInAs('officer.vp');
    await page.goto('/app/ho-so/moi');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByText('Chọn hình thức khen thưởng', { exact: true })).toBeVisible();
    await expect(page.getByText('Nhập tóm tắt thành tích')).toBeVisible();
  });
});
