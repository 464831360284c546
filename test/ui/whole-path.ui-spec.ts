import { expect, type Page, test } from './support/fixtures';

/** A name no other spec uses, so every row and link found below is this nomination's. */
const NOMINEE = 'Trịnh Thị Toàn Trình';
const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];
/** The catalog's basic dossier for "Bằng khen của Chủ tịch UBND tỉnh", as the form labels it. */
const DOSSIER = ['Tờ trình đề nghị', 'Báo cáo thành tích', 'Biên bản họp Hội đồng đơn vị'];

/** A small, real PDF (the API checks the bytes' signature, not the name). */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Attaches a file the way a person does: the button opens the file chooser, a file is picked. */
async function attach(page: Page, label: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Chọn tệp: ${label}` }).click();
  await (await chooser).setFiles({ name: `${label}.pdf`, mimeType: 'application/pdf', buffer: pdf(label) });
  await expect(page.getByText(`${label}.pdf`)).toBeVisible();
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('the whole path through screens only: submit with documents, a council session of five, appraisal, batch signing, the auditor verifies', async ({
  page,
  signInAs,
  pageAs,
  checkScreen,
}) => {
  // Eight people's pages one after another on 2 busy cores.
  test.setTimeout(300_000);

  // 1. The unit officer proposes, attaches the required documents and submits.
  await signInAs('officer.vp');
  await page.goto('/app/ho-so/moi');
  await page.getByLabel('Hình thức khen thưởng').fill('Bằng khen của Chủ tịch');
  await page.keyboard.press('Enter');
  await page.getByLabel('Họ và tên').fill(NOMINEE);
  await page.getByLabel('Chức vụ').fill('Phó Trưởng phòng');
  await page.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ hai năm liền; chủ trì sáng kiến liên thông hồ sơ khen thưởng điện tử.');
  for (const label of DOSSIER) await attach(page, label);
  await checkScreen('path-1-officer-submit');
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page.getByRole('heading', { name: NOMINEE })).toBeVisible();
  await expect(page.getByText('Đã gửi hồ sơ đề nghị.', { exact: true })).toBeVisible();
  const nominationPath = new URL(page.url()).pathname;
  for (const label of DOSSIER) await expect(page.getByRole('button', { name: `Tải về ${label}.pdf` })).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Đơn vị đã gửi hồ sơ đề nghị' })).toBeVisible();
  await checkScreen('path-1-officer-nomination');

  // 2. The secretary opens a council session over it; the five members vote "agree"; the secretary closes it.
  const secretary = await pageAs('secretary');
  await secretary.goto('/app/phien-hop');
  await secretary.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await secretary.getByRole('dialog', { name: 'Tạo phiên họp Hội đồng' }).getByRole('checkbox', { name: `Chọn ${NOMINEE}` }).check();
  await secretary.getByRole('button', { name: 'Tạo phiên họp (1 hồ sơ)' }).click();
  await expect(secretary).toHaveURL(/\/app\/phien-hop\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(secretary.url()).pathname;
  for (const [i, member] of COUNCIL.entries()) {
    const m = await pageAs(member);
    await m.goto(sessionPath);
    await row(m, NOMINEE).getByRole('radio', { name: 'Đồng ý', exact: true }).check();
    if (i === 0) await checkScreen('path-2-council-vote', m);
    await m.getByRole('button', { name: 'Gửi phiếu (1/1 hồ sơ)' }).click();
    // The fifth ballot completes the vote: the nomination moves on to appraisal at once, so the
    // confirmation is what every member sees, not the "Đã biểu quyết" mark of an item still in review.
    await expect(m.getByText('Đã ghi nhận phiếu biểu quyết.')).toBeVisible();
    await m.close();
  }
  await secretary.reload();
  await expect(row(secretary, NOMINEE)).toContainText('Đồng ý 5 · Không đồng ý 0 · Không biểu quyết 0');
  await secretary.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await secretary.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
  await expect(secretary.getByText('Đã kết thúc', { exact: true })).toBeVisible();
  await expect(row(secretary, NOMINEE)).toContainText('Đạt');
  await expect(secretary.getByRole('button', { name: 'Kết thúc và kiểm phiếu' })).toHaveCount(0); // the confirmation has faded out
  await checkScreen('path-2-secretary-tally', secretary);

  // 3. The appraiser finds it in the inbox, reads the checks and approves it.
  const appraiser = await pageAs('appraiser');
  await appraiser.goto('/app/viec-can-xu-ly');
  await appraiser.getByRole('link', { name: NOMINEE }).click();
  await expect(appraiser.getByText('Kiểm tra của hệ thống')).toBeVisible();
  await checkScreen('path-3-appraiser-nomination', appraiser);
  await appraiser.getByRole('button', { name: 'Thẩm định' }).click();
  const appraise = appraiser.getByRole('dialog', { name: 'Thẩm định' });
  await appraise.getByLabel('Đủ điều kiện, trình ký').check();
  await appraise.getByLabel('Lý do, nhận xét').fill('Hồ sơ điện tử đủ thành phần, thành tích đúng tiêu chuẩn');
  const override = appraise.getByLabel(/Lý do vẫn trình ký/);
  if (await override.isVisible()) await override.fill('Đã đối chiếu hồ sơ giấy của đơn vị');
  await appraise.getByRole('button', { name: 'Thẩm định' }).click();
  await expect(appraiser.getByText('Đã ghi nhận kết quả thẩm định.')).toBeVisible();

  // 4. The chairman signs it in a batch and sees the decision's number.
  const chairman = await pageAs('chairman');
  await chairman.goto('/app/ky-quyet-dinh');
  await chairman.getByRole('checkbox', { name: `Chọn ${NOMINEE}` }).check();
  await checkScreen('path-4-chairman-batch', chairman);
  await chairman.getByRole('button', { name: 'Ký quyết định (1 hồ sơ)' }).click();
  await chairman.getByRole('dialog', { name: 'Ký quyết định khen thưởng' }).getByRole('button', { name: 'Ký (1 hồ sơ)' }).click();
  const signed = chairman.getByText(/Đã ký Quyết định số \d+\/QĐ-UBND/);
  await expect(signed).toBeVisible();
  const number = /\d+\/QĐ-UBND/.exec((await signed.textContent()) ?? '')![0];
  await checkScreen('path-4-chairman-signed', chairman);

  // 5. The auditor finds it, reads the whole timeline and a valid chain, then verifies the whole trail.
  const auditor = await pageAs('auditor');
  await auditor.goto('/app/kiem-toan');
  await auditor.getByRole('searchbox', { name: 'Tên người, tập thể hoặc mã hồ sơ' }).fill('trinh thi toan trinh');
  await auditor.getByRole('button', { name: 'Tìm' }).click();
  await auditor.getByRole('link', { name: NOMINEE }).click();
  await expect(auditor.getByText('Chuỗi kiểm toán hợp lệ')).toBeVisible();
  const events = auditor.getByTestId('history-event');
  for (const label of ['Đơn vị đã gửi hồ sơ đề nghị', 'Thẩm định: đủ điều kiện, trình ký', 'Người có thẩm quyền đã ký quyết định']) {
    await expect(events.filter({ hasText: label })).toHaveCount(1);
  }
  await checkScreen('path-5-auditor-trail', auditor);
  // Then the whole trail, one subject type after another, with its progress.
  await auditor.goto('/app/kiem-toan');
  await auditor.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
  await expect(auditor.getByText('Toàn bộ nhật ký kiểm toán hợp lệ')).toBeVisible();
  await expect(auditor.getByRole('progressbar', { name: 'Tiến độ kiểm tra nhật ký kiểm toán' })).toHaveAttribute('aria-valuenow', '100');
  await checkScreen('path-5-auditor-whole-trail', auditor);

  // The officer's page now shows the award and its decision.
  await page.goto(nominationPath);
  await expect(page.getByText(`Quyết định số ${number}`)).toBeVisible();
  await checkScreen('path-5-officer-awarded');
});
