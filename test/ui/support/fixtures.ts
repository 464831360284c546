import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test as base } from '@playwright/test';
import { findSeedUser } from '#ktf/persistence';
import { tokenFor } from '../../e2e/support/e2e-stack';
import type { Scenario } from './scenario';

/** Screenshots for people to look at (git-ignored). */
export const SCREENS_DIR = join(__dirname, '../../../test-results/ui/screens');
mkdirSync(SCREENS_DIR, { recursive: true });

type Fixtures = {
  scenario: Scenario;
  /** Signs in as a seeded user: a dev token in sessionStorage, as the console keeps a session. */
  signInAs: (username: string) => Promise<void>;
  /** A second person at their own browser: a new context signed in as a seeded user (closed after the test). */
  pageAs: (username: string) => Promise<Page>;
  /** Checks the page with axe (no serious or critical violation) and saves a screenshot. */
  checkScreen: (name: string, on?: Page) => Promise<void>;
};

async function signIn(page: Page, username: string): Promise<void> {
  const u = findSeedUser(username);
  if (!u) throw new Error(`no seeded user ${username}`);
  const session = { accessToken: tokenFor(username), user: { id: u.id, username, fullName: u.fullName, roles: u.roles, unitId: u.unitId } };
  // Runs in the page before its own scripts (a string: this file is type-checked without the DOM library).
  await page.addInitScript({ content: `sessionStorage.setItem('ktf.session', ${JSON.stringify(JSON.stringify(session))});` });
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its destructuring: `{}` means none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.KTF_UI_BASE_URL;
    if (!url) throw new Error('KTF_UI_BASE_URL is not set: run through test/ui/playwright.config.ts (global setup)');
    await use(url);
  },
  // eslint-disable-next-line no-empty-pattern
  scenario: async ({}, use) => use(JSON.parse(process.env.KTF_UI_SCENARIO ?? '{}') as Scenario),
  signInAs: async ({ page }, use) => {
    await use((username: string) => signIn(page, username));
  },
  pageAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (username: string) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, username);
      return page;
    });
    for (const c of contexts) await c.close();
  },
  checkScreen: async ({ page }, use) => {
    await use(async (name: string, on: Page = page) => {
      await on.waitForLoadState('networkidle');
      await on.mouse.move(0, 0); // no hover state in the picture or the contrast check
      await on.evaluate('window.scrollTo(0, 0)'); // else the sticky header is drawn mid-page in the full-page picture
      await on.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
      const results = await new AxeBuilder({ page: on }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const describe = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`);
      expect(describe, `axe on ${name}`).toEqual([]);
    });
  },
});

export { expect };
export type { Page };
