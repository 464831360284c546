import { defineConfig } from '@playwright/test';

/**
 * The web console's UI tests (`npm run test:ui`): Debian's Chromium against the real stack
 * (embedded Postgres, Temporal dev server, worker, API serving the built console), started
 * once by the global setup on free ports. One worker: the machine has 2 cores and the stack
 * needs them.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.ui-spec\.ts$/,
  // The scale spec adds 1,000 nominations to the council's queue; it runs after every other spec,
  // so their inboxes are the scenario's alone.
  projects: [
    { name: 'roles', testIgnore: /inbox-scale\.ui-spec\.ts$/ },
    { name: 'scale', testMatch: /inbox-scale\.ui-spec\.ts$/, dependencies: ['roles'] },
  ],
  outputDir: '../../test-results/ui/output',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.KTF_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    locale: 'vi-VN',
    // The console then turns Ant Design's motion off (theme.ts): a click never lands on a dialog still zooming in.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
