import type { Page } from '@playwright/test';

/** Moves focus with Tab only until the named control has it: the path of someone without a mouse. */
export async function tabTo(page: Page, role: 'button' | 'radio' | 'checkbox', name: string): Promise<void> {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement || el.contains(el.ownerDocument.activeElement))) return;
  }
  throw new Error(`Tab never reached ${role} "${name}"`);
}
