import { findSeedUser } from '#ktf/persistence';
import { apiClient } from '../e2e/support/e2e-stack';
import { expect, test } from './support/fixtures';

const NAME = 'Đợt thi đua chào mừng Ngày Văn hóa Việt Nam 24/11';

test('a unit officer reads an open campaign, nominates into it, and sees the unit’s intake grow', async ({ page, signInAs, checkScreen, baseURL }) => {
  // The test's own campaign, addressed to officer.vp's unit, open for a year.
  const unitId = findSeedUser('officer.vp')!.unitId!;
  const deadline = `${new Date().getFullYear() + 1}-06-30`;
  const opened = await apiClient(baseURL!).post('/campaigns', 'admin', { name: NAME, awardCodes: ['BANG_KHEN_CT_UBND'], unitIds: [unitId], intakeDeadline: deadline });
  expect(opened.status).toBe(201);

  await signInAs('officer.vp');
  await page.goto('/app/dot-phat-dong');
  const campaign = page.getByRole('region', { name: NAME });
  await expect(campaign.getByText(`30/06/${new Date().getFullYear() + 1} 23:59`)).toBeVisible();
  await expect(campaign.getByText('Bằng khen của Chủ tịch UBND tỉnh')).toBeVisible();
  await expect(campaign.getByText('0 hồ sơ, đã gửi 0')).toBeVisible();
  await expect(campaign.getByText('Đơn vị chưa lập hồ sơ nào cho đợt này')).toBeVisible();

  await campaign.getByRole('button', { name: 'Lập hồ sơ cho đợt này' }).click();
  await expect(page.getByText(`Hồ sơ thuộc đợt phát động: ${NAME}`)).toBeVisible();
  await page.getByLabel('Hình thức khen thưởng').fill('Bằng khen của Chủ tịch');
  await page.keyboard.press('Enter');
  await page.getByLabel('Họ và tên').fill('Đinh Thị Thuỳ');
  await page.getByLabel('Tóm tắt thành tích').fill('Tổ chức thành công chuỗi hoạt động văn hoá cơ sở năm 2026.');
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Đinh Thị Thuỳ' })).toBeVisible();

  await page.goto('/app/dot-phat-dong');
  await expect(campaign.getByText('1 hồ sơ, đã gửi 1')).toBeVisible();
  await expect(campaign.getByRole('link', { name: 'Đinh Thị Thuỳ' })).toBeVisible();
  await checkScreen('officer-campaign-intake');
});
