import { apiClient, tokenFor } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { expect, type Page, test } from './support/fixtures';

const DOSSIER = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop'] as const;
const ITEMS = 'Bổ sung số liệu năm 2026 vào báo cáo thành tích';
const REASON = 'Báo cáo thành tích chưa có số liệu năm 2026';

/** A small, real PDF (the API checks the bytes' signature). */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Each test's own nomination, through the public API: an electronic dossier of round 1, then `until`. */
async function seed(baseURL: string, name: string, until: 'submitted' | 'supplement'): Promise<string> {
  const steps = nominationSteps(apiClient(baseURL));
  const { id } = await steps.create('officer.vp', name, { submit: false });
  const as = (user: string) => ({ authorization: `Bearer ${tokenFor(user)}` });
  for (const kind of DOSSIER) {
    const res = await fetch(`${baseURL}/nominations/${id}/documents/${kind}`, {
      method: 'PUT',
      headers: { ...as('officer.vp'), 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(`${kind} vòng 1.pdf`) },
      body: pdf(`${kind} 1`),
    });
    expect(res.status, `upload ${kind}`).toBe(200);
  }
  await steps.expectOk(apiClient(baseURL).post(`/nominations/${id}/submit`, 'officer.vp'), 'submit');
  if (until === 'supplement') {
    await steps.voteAll(id);
    await steps.expectOk(
      apiClient(baseURL).post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'supplement', reason: REASON, items: [ITEMS] }),
      'request a supplement',
    );
  }
  return id;
}

const diffRow = (page: Page, label: string) => page.getByRole('region', { name: 'Thay đổi hồ sơ từ vòng 1 đến vòng 2' }).getByRole('row').filter({ hasText: label });

test('the unit answers a supplement request: the appraiser items, a new round of documents, the diff between rounds', async ({ page, signInAs, pageAs, checkScreen, baseURL }) => {
  test.setTimeout(120_000);
  const name = 'Lương Thị Bổ Sung';
  const id = await seed(baseURL as string, name, 'supplement');

  await signInAs('officer.vp');
  await page.goto(`/app/ho-so/${id}`);
  const request = page.getByTestId('supplement-request');
  await expect(request).toContainText('Sở Nội vụ yêu cầu bổ sung hồ sơ');
  await expect(request.getByRole('list', { name: 'Nội dung cần bổ sung' })).toHaveText(ITEMS);
  await expect(request).toContainText(`Lý do: ${REASON}`);
  // Round 2 is open and nothing has changed yet.
  await expect(diffRow(page, 'Báo cáo thành tích')).toContainText('Giữ nguyên');

  // A new report for round 2, chosen as a person does: the kind, then the file.
  // The kind list opens on "Tờ trình đề nghị"; the next one down is "Báo cáo thành tích" (the success message names it).
  await page.getByRole('combobox', { name: 'Loại tài liệu tải lên' }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp tải lên' }).click();
  await (await chooser).setFiles({ name: 'Báo cáo thành tích vòng 2.pdf', mimeType: 'application/pdf', buffer: pdf('bao cao 2') });
  await expect(page.getByText('Đã tải lên Báo cáo thành tích.')).toBeVisible();
  await expect(diffRow(page, 'Báo cáo thành tích')).toContainText('Thay tệp mới');
  await expect(diffRow(page, 'Báo cáo thành tích')).toContainText('Báo cáo thành tích vòng 2.pdf (vòng 2)');
  await expect(diffRow(page, 'Tờ trình đề nghị')).toContainText('Giữ nguyên');
  await checkScreen('officer-supplement');

  await page.getByRole('button', { name: 'Gửi hồ sơ bổ sung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi hồ sơ bổ sung' });
  await expect(dialog.getByTestId('supplement-request')).toContainText(ITEMS);
  await dialog.getByLabel('Ghi chú về nội dung đã bổ sung').fill('Đã bổ sung số liệu năm 2026');
  await checkScreen('officer-supplement-answer');
  await dialog.getByRole('button', { name: 'Gửi hồ sơ bổ sung' }).click();
  await expect(page.getByText('Đã gửi hồ sơ bổ sung.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Đơn vị đã bổ sung và gửi lại hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('supplement-request')).toHaveCount(0);

  // The appraiser reads the same diff before deciding again.
  const appraiser = await pageAs('appraiser');
  await appraiser.goto(`/app/ho-so/${id}`);
  await expect(appraiser.getByRole('button', { name: 'Thẩm định' })).toBeVisible();
  await expect(diffRow(appraiser, 'Báo cáo thành tích')).toContainText('Thay tệp mới');
  await checkScreen('appraiser-dossier-diff', appraiser);
});

test('the unit withdraws a nomination with a reason, and the history keeps it', async ({ page, signInAs, baseURL }) => {
  const name = 'Lương Văn Rút';
  const id = await seed(baseURL as string, name, 'submitted');
  await signInAs('officer.vp');
  await page.goto(`/app/ho-so/${id}`);
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rút hồ sơ' });
  // The reason is required: nothing is sent without it. (A click that lands while the modal is
  // still opening on busy cores does nothing; clicking again with the reason empty is harmless.)
  await expect(async () => {
    await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
    await expect(dialog.getByText('Nêu lý do rút hồ sơ')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await dialog.getByLabel('Lý do rút hồ sơ').fill('Cá nhân chuyển công tác sang tỉnh khác');
  await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(page.getByText('Đã rút hồ sơ đề nghị.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Đơn vị đã rút hồ sơ đề nghị' })).toContainText('Lý do: Cá nhân chuyển công tác sang tỉnh khác');
  await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);
});
