import { apiClient, startE2eStack } from '../../e2e/support/e2e-stack';
import { seedScenario } from './scenario';

/** Starts the stack once for every UI test, seeds what the roles will act on, and stops it afterwards. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const stack = await startE2eStack();
  try {
    const scenario = await seedScenario(apiClient(stack.apiUrl));
    process.env.KTF_UI_BASE_URL = stack.apiUrl;
    process.env.KTF_UI_SCENARIO = JSON.stringify(scenario);
    // The seeded users' development password, for the tests that sign in through the form.
    process.env.KTF_UI_DEV_PASSWORD = stack.devPassword;
    console.log(`ui: stack at ${stack.apiUrl}, scenario seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    await stack.stop();
    throw e;
  }
  return () => stack.stop();
}
