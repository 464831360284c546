import { apiClient } from '../e2e/support/e2e-stack';
import { nominationSteps } from '../e2e/support/nomination-steps';
import { expect, type Page, test } from './support/fixtures';

/**
 * The admin's work through the screens, on the real stack. Every record is the test's own
 * (codes and names no other spec uses), so the other specs' data stay as the scenario left them.
 */

/** The modal a button opened, by its title. */
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
/** Picks an option of the AntD select labelled `label` inside `scope`. */
async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string | RegExp) {
  const input = scope.getByLabel(label, { exact: true });
  const field = input.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const shows = (text: string | null) => (typeof option === 'string' ? (text ?? '').includes(option) : option.test(text ?? ''));
  // A click that lands while another select's list is still closing (busy cores) picks nothing:
  // pick again until the field shows the choice (never twice: that would unpick it in a multiple select).
  await expect(async () => {
    if (!shows(await field.textContent())) {
      await input.click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click({ timeout: 3_000 });
    }
    await expect(field).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test('the admin adds a user, edits their roles, sets a password and deactivates them', async ({ page, signInAs, checkScreen, browser, baseURL }) => {
  test.setTimeout(120_000); // the longest walk here: four forms, two sign-ins
  await signInAs('admin');
  await page.goto('/app/quan-tri/nguoi-dung');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const add = dialog(page, 'Thêm người dùng');
  await add.getByLabel('Tên đăng nhập').fill('thamdinh.ui');
  await add.getByLabel('Họ và tên').fill('Trịnh Thị Ánh');
  await choose(page, add, 'Đơn vị', 'Sở Nội vụ');
  await choose(page, add, 'Vai trò', 'Chuyên viên thẩm định (Sở Nội vụ)');
  await page.keyboard.press('Escape'); // closes the multiple select's list, not the dialog
  await add.getByLabel('Email').fill('anh.tt@snv.example.gov.vn');
  await checkScreen('admin-user-form');
  await add.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByText('Đã thêm người dùng thamdinh.ui.')).toBeVisible();
  await page.getByLabel('Lọc người dùng theo tên').fill('trinh thi anh'); // without diacritics
  const row = page.getByRole('row').filter({ hasText: 'thamdinh.ui' });
  await expect(row).toContainText('Trịnh Thị Ánh');
  await expect(row).toContainText('Đang hoạt động');

  await row.getByRole('button', { name: 'Sửa thamdinh.ui' }).click();
  const edit = dialog(page, 'Sửa người dùng thamdinh.ui');
  await choose(page, edit, 'Vai trò', 'Thanh tra, kiểm toán');
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu người dùng thamdinh.ui.')).toBeVisible();
  await expect(row).toContainText('Thanh tra, kiểm toán');
  await expect(row).toContainText('Chuyên viên thẩm định (Sở Nội vụ)'); // added to, not replaced

  await row.getByRole('button', { name: 'Đặt mật khẩu cho thamdinh.ui' }).click();
  const pw = dialog(page, 'Đặt mật khẩu cho thamdinh.ui');
  await pw.getByLabel('Mật khẩu mới').fill('ngắn');
  await pw.getByLabel('Nhập lại mật khẩu').fill('ngắn');
  await pw.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(pw.getByText('password must be at least 12 characters')).toBeVisible(); // the API's rule, next to its field
  await pw.getByLabel('Mật khẩu mới').fill('Thẩm định viên 2026');
  await pw.getByLabel('Nhập lại mật khẩu').fill('Thẩm định viên 2026');
  await pw.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByText(/Đã đặt mật khẩu cho thamdinh.ui/)).toBeVisible();

  // The new user signs in at their own browser with that password.
  const theirs = await browser.newContext({ baseURL });
  const login = await theirs.newPage();
  const signIn = async () => {
    await login.goto('/app/dang-nhap');
    await login.getByLabel('Tên đăng nhập').fill('thamdinh.ui');
    await login.getByLabel('Mật khẩu').fill('Thẩm định viên 2026');
    await login.getByRole('button', { name: 'Đăng nhập' }).click();
  };
  await signIn();
  await expect(login.getByText('Trịnh Thị Ánh')).toBeVisible();

  await row.getByRole('button', { name: 'Ngừng hoạt động thamdinh.ui' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Ngừng hoạt động' }).click();
  await expect(page.getByText('Đã ngừng hoạt động tài khoản thamdinh.ui.')).toBeVisible();
  await expect(row).toContainText('Đã ngừng');
  await checkScreen('admin-users-manage');

  await login.context().clearCookies();
  await login.evaluate('sessionStorage.clear()');
  await signIn();
  await expect(login.getByRole('alert')).toBeVisible();
  await expect(login).toHaveURL(/dang-nhap/);
  await theirs.close();
});

test('the admin adds a unit and its council, and seats a member', async ({ page, signInAs, checkScreen }) => {
  await signInAs('admin');
  await page.goto('/app/quan-tri/don-vi');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unit = dialog(page, 'Thêm đơn vị');
  await unit.getByLabel('Mã đơn vị').fill('XA-YEN-MAC');
  await unit.getByLabel('Tên đơn vị').fill('UBND xã Yên Mạc');
  await choose(page, unit, 'Loại đơn vị', 'Xã');
  await choose(page, unit, 'Trực thuộc', 'Ủy ban nhân dân tỉnh');
  await unit.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByText('Đã thêm đơn vị UBND xã Yên Mạc.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'XA-YEN-MAC' })).toContainText('Ủy ban nhân dân tỉnh');
  // A taken code: the API's reason next to the field.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await unit.getByLabel('Mã đơn vị').fill('XA-YEN-MAC');
  await unit.getByLabel('Tên đơn vị').fill('Trùng mã');
  await choose(page, unit, 'Loại đơn vị', 'Xã');
  await unit.getByRole('button', { name: 'Thêm' }).click();
  await expect(unit.getByText('a unit with code XA-YEN-MAC already exists')).toBeVisible();
  await unit.getByRole('button', { name: 'Huỷ' }).click();
  await checkScreen('admin-units');

  await page.getByRole('link', { name: 'Hội đồng TĐKT' }).click();
  await page.getByRole('button', { name: 'Thêm hội đồng' }).click();
  const council = dialog(page, 'Thêm hội đồng');
  await council.getByLabel('Mã hội đồng').fill('HD-TDKT-YEN-MAC');
  await council.getByLabel('Tên hội đồng').fill('Hội đồng TĐKT xã Yên Mạc');
  await choose(page, council, 'Đơn vị', 'UBND xã Yên Mạc');
  await council.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByText('Đã thêm Hội đồng TĐKT xã Yên Mạc; hãy chọn thành viên.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'HD-TDKT-YEN-MAC' });
  await expect(row).toContainText('Chưa có thành viên');

  await row.getByRole('button', { name: 'Sửa thành viên Hội đồng TĐKT xã Yên Mạc' }).click();
  const members = dialog(page, 'Thành viên Hội đồng TĐKT xã Yên Mạc');
  await members.getByLabel(/^Thành viên/).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(/\(council\.4\)$/).click();
  await page.keyboard.press('Escape');
  await members.getByRole('button', { name: 'Lưu thành viên' }).click();
  await expect(page.getByText('Đã lưu thành viên Hội đồng TĐKT xã Yên Mạc.')).toBeVisible();
  await expect(row).not.toContainText('Chưa có thành viên');
  await checkScreen('admin-councils');
});

test('the admin adds an award with its criteria and vote rule, then edits its rule', async ({ page, signInAs, checkScreen }) => {
  await signInAs('admin');
  await page.goto('/app/quan-tri/hinh-thuc-khen-thuong');
  await expect(page.getByRole('row').filter({ hasText: 'LDTT' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm hình thức' }).click();
  const add = dialog(page, 'Thêm hình thức khen thưởng');
  await add.getByLabel('Mã', { exact: true }).fill('GIAY_KHEN_GD_SO_UI');
  await add.getByLabel('Tên tiếng Việt').fill('Giấy khen của Giám đốc Sở (thử giao diện)');
  await add.getByLabel('Tên tiếng Anh').fill("Director's Certificate of Merit (UI test)");
  await choose(page, add, 'Thẩm quyền quyết định', 'Thủ trưởng đơn vị');
  await choose(page, add, 'Quy trình', /\(unit-level\)$/);
  await add.getByLabel('Ngưỡng đồng ý (%)').fill('60');
  await choose(page, add, 'So sánh', 'Từ');
  await add.getByLabel('Bỏ phiếu kín').check();
  await add.getByRole('button', { name: 'Thêm điều kiện danh hiệu' }).click();
  await choose(page, add, 'Danh hiệu 1', 'Lao động tiên tiến');
  await add.getByLabel('Số năm liên tục').fill('2');
  await checkScreen('admin-award-form');
  await add.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByText('Đã lưu Giấy khen của Giám đốc Sở (thử giao diện).')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'GIAY_KHEN_GD_SO_UI' });
  await expect(row).toContainText('Từ 60%, kín');

  await row.getByRole('button', { name: 'Sửa Giấy khen của Giám đốc Sở (thử giao diện)' }).click();
  const edit = dialog(page, 'Sửa Giấy khen của Giám đốc Sở (thử giao diện)');
  await expect(edit.getByLabel('Ngưỡng đồng ý (%)')).toHaveValue('60');
  await edit.getByLabel('Ngưỡng đồng ý (%)').fill('75');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(row).toContainText('Từ 75%, kín');
  await row.getByRole('button', { name: 'Mở rộng dòng' }).click();
  await expect(page.getByText('Lao động tiên tiến liên tục 2 năm liền trước')).toBeVisible();
  await checkScreen('admin-awards');
});

test('the admin reads pipeline versions and publishes a new one', async ({ page, signInAs, checkScreen }) => {
  await signInAs('admin');
  await page.goto('/app/quan-tri/quy-trinh');
  await page.getByRole('button', { name: /unit-level · phiên bản/ }).click();
  const latest = page.getByText(/— phiên bản (\d+)$/).first();
  await expect(latest).toBeVisible();
  const before = Number((await latest.textContent())!.match(/phiên bản (\d+)$/)![1]);
  await checkScreen('admin-pipelines');

  await page.getByRole('button', { name: 'Đăng phiên bản mới' }).click();
  const publish = dialog(page, `Đăng phiên bản ${before + 1} của quy trình unit-level`);
  await expect(publish.getByText('Bước 1')).toBeVisible();
  // The first stage has no deadline of its own: the API's rule is shown, nothing is published.
  await publish.getByLabel('Thời hạn (ngày làm việc)').first().fill('12');
  await publish.getByRole('button', { name: 'Đăng phiên bản' }).click();
  await expect(publish.getByRole('alert')).toContainText('unit_proposal has no deadline of its own');
  await publish.getByLabel('Thời hạn (ngày làm việc)').first().fill('0');
  await publish.getByLabel('Thời hạn (ngày làm việc)').nth(1).fill('7');
  await checkScreen('admin-pipeline-form');
  await publish.getByRole('button', { name: 'Đăng phiên bản' }).click();
  await expect(page.getByText(`Đã đăng phiên bản ${before + 1} của quy trình unit-level.`)).toBeVisible();
  await expect(page.getByText(new RegExp(`— phiên bản ${before + 1}$`))).toBeVisible();
  await expect(page.getByText(new RegExp(`— phiên bản ${before}$`))).toBeVisible(); // the old one stays, read-only
  await expect(page.getByRole('cell', { name: '7 ngày làm việc' })).toBeVisible();
});

test('the admin adds and removes a day off and a compensatory Saturday on the month view', async ({ page, signInAs, checkScreen }) => {
  await signInAs('admin');
  await page.goto('/app/quan-tri/ngay-nghi');
  const add = async (date: string, kind: string, name: string) => {
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const day = dialog(page, 'Thêm ngày nghỉ hoặc làm bù');
    await day.getByLabel('Ngày', { exact: true }).fill(date);
    await day.getByLabel('Ngày', { exact: true }).press('Enter');
    await day.getByLabel(kind).check();
    await day.getByLabel('Tên (lý do)').fill(name);
    await day.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText(`Đã lưu ngày ${date}.`)).toBeVisible();
  };
  // A year no deadline reaches, so the other specs' deadlines stay as they were.
  await add('05/01/2099', 'Ngày nghỉ', 'Nghỉ bù (thử giao diện)');
  await add('03/01/2099', 'Thứ Bảy làm bù', 'Làm bù cho ngày 05/01 (thử giao diện)');
  await expect(page.getByRole('heading', { name: 'Tháng 01/2099' })).toBeVisible();
  const holiday = page.getByRole('listitem').filter({ hasText: '05/01/2099' });
  await expect(holiday).toContainText('Nghỉ');
  await expect(holiday).toContainText('Nghỉ bù (thử giao diện)');
  await expect(page.getByRole('listitem').filter({ hasText: '03/01/2099' })).toContainText('Làm bù');
  await checkScreen('admin-holidays-edit');

  await holiday.getByRole('button', { name: 'Bỏ ngày 05/01/2099' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Bỏ' }).click();
  await expect(page.getByText('Đã bỏ ngày 05/01/2099 khỏi lịch.')).toBeVisible();
  await expect(holiday).toHaveCount(0);
  await page.getByRole('listitem').filter({ hasText: '03/01/2099' }).getByRole('button', { name: 'Bỏ ngày 03/01/2099' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Bỏ' }).click();
  await expect(page.getByText('Không có ngày nghỉ lễ hay làm bù trong tháng')).toBeVisible();
});

test('the admin extends a running stage’s deadline with a reason on the nomination page', async ({ page, signInAs, checkScreen, baseURL }) => {
  const api = apiClient(baseURL!);
  const steps = nominationSteps(api);
  const n = await steps.create('officer.vp', 'Quách Thị Gia Hạn');
  await signInAs('admin');
  await page.goto(`/app/ho-so/${n.id}`);
  await expect(page.getByRole('heading', { name: n.name })).toBeVisible();
  await page.getByRole('button', { name: 'Gia hạn xử lý' }).click();
  const form = dialog(page, 'Gia hạn xử lý');
  await form.getByLabel('Gia hạn thêm (ngày làm việc)').fill('5');
  await form.getByLabel('Lý do gia hạn').fill('Hội đồng họp chậm do trùng kỳ họp HĐND');
  await checkScreen('admin-extend-deadline');
  await form.getByRole('button', { name: 'Gia hạn xử lý' }).click();
  await expect(page.getByText('Đã gia hạn xử lý.')).toBeVisible();
  await expect(page.getByTestId('history-event').filter({ hasText: 'Đã gia hạn thời hạn xử lý' })).toContainText('Hội đồng họp chậm do trùng kỳ họp HĐND');
  // Leaves no nomination in the council's queue for the other specs.
  await steps.expectOk(api.post(`/nominations/${n.id}/withdraw`, 'officer.vp', { reason: 'Hồ sơ thử giao diện' }), 'withdraw');
});
