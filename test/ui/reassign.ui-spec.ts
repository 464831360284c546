import { unitId } from '#ktf/persistence';
import { apiClient } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { createUser } from '../e2e/support/unit-fixture';
import { expect, test } from './support/fixtures';

const REASON = 'Nghỉ phép năm từ 01/12 đến 12/12';

test('the appraiser going on leave passes the appraisal on (Chuyển xử lý); it leaves their page and the admin can pass it on again', async ({ page, signInAs, pageAs, checkScreen, baseURL }) => {
  test.setTimeout(120_000);
  // This test's own nomination, in appraisal, and a second appraiser to take it over.
  const api = apiClient(baseURL as string);
  const steps = nominationSteps(api);
  const { id } = await steps.create('officer.vp', 'Chu Thị Chuyển');
  await steps.voteAll(id);
  await createUser(api, unitId('SO-NOI-VU'), 'appraiser.ui-reassign', ['appraiser'], 'Lê Thị Thẩm Định');

  await signInAs('appraiser');
  await page.goto(`/app/ho-so/${id}`);
  await page.getByRole('button', { name: 'Chuyển xử lý' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển xử lý' });
  // The holder passes on their own task: they are filled in and fixed.
  await expect(dialog.getByText('Đinh Công Thành')).toBeVisible();
  await dialog.getByRole('button', { name: 'Chuyển xử lý' }).click();
  await expect(dialog.getByText('Chọn người nhận xử lý')).toBeVisible();
  await expect(dialog.getByText('Nêu lý do')).toBeVisible();

  await dialog.getByLabel('Chuyển cho').fill('Lê Thị Thẩm');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Lý do chuyển xử lý').fill(REASON);
  await checkScreen('reassign-form');
  await dialog.getByRole('button', { name: 'Chuyển xử lý' }).click();
  await expect(page.getByText('Đã chuyển xử lý.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Đã chuyển xử lý cho người khác' })).toContainText(`Lý do: ${REASON}`);
  // The appraisal is no longer theirs: nothing left to do here.
  await expect(page.getByRole('button', { name: 'Thẩm định' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Chuyển xử lý' })).toHaveCount(0);

  // The admin sees who holds it now, and may pass it on.
  const admin = await pageAs('admin');
  await admin.goto(`/app/ho-so/${id}`);
  await admin.getByRole('button', { name: 'Chuyển xử lý' }).click();
  await expect(admin.getByRole('dialog', { name: 'Chuyển xử lý' }).getByText('Lê Thị Thẩm Định')).toBeVisible();
});

test('a council member passing on a vote is offered only who could take it: nobody, while the whole provincial council is seated', async ({ page, signInAs, checkScreen, baseURL }) => {
  test.setTimeout(90_000);
  const steps = nominationSteps(apiClient(baseURL as string));
  const { id } = await steps.create('officer.vp', 'Lâm Thị Phiếu');

  await signInAs('council.1');
  await page.goto(`/app/ho-so/${id}`);
  await page.getByRole('button', { name: 'Chuyển xử lý' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển xử lý' });
  await expect(dialog.getByText('Phạm Quang Huy')).toBeVisible();
  // Members of a unit's own council hold the role too, but the API would refuse them here: nobody
  // is offered, and the form says who could take a vote.
  await expect(dialog.getByRole('alert')).toContainText('Không có người đủ điều kiện nhận');
  await expect(dialog.getByRole('alert')).toContainText('thành viên khác của cùng Hội đồng');
  await expect(dialog.getByLabel('Chuyển cho')).toBeDisabled();
  await checkScreen('reassign-vote-nobody-eligible');
  await expect(page.getByText('Lương Văn Khải')).toHaveCount(0);
});
