import type { RunningStack } from '../../../infra/dev/stack';
import { ApiClient, apiClient, startE2eStack } from './e2e-stack';
import { nominationSteps } from './nomination-steps';

type Steps = ReturnType<typeof nominationSteps>;

/** Stands for the value a `beforeAll` has not made yet: every property is read from it when used. */
function later<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const value = get();
      if (!value) throw new Error(`${what} is used before the suite's beforeAll started the stack`);
      const field: unknown = Reflect.get(value, property);
      return typeof field === 'function' ? field.bind(value) : field;
    },
  });
}

/**
 * One real stack for a describe block: started before its tests (with `env`), stopped after them.
 * The stack, its API client and the nomination steps may be named at once and used inside tests.
 */
export function useE2eStack(env: NodeJS.ProcessEnv = {}): { stack: RunningStack; api: ApiClient; steps: Steps } {
  let running: { stack: RunningStack; api: ApiClient; steps: Steps } | undefined;
  beforeAll(async () => {
    const stack = await startE2eStack(env);
    const api = apiClient(stack.apiUrl);
    running = { stack, api, steps: nominationSteps(api) };
  }, 180_000);
  afterAll(async () => {
    await running?.stack.stop();
  });
  return {
    stack: later(() => running?.stack, 'the stack'),
    api: later(() => running?.api, 'the API client'),
    steps: later(() => running?.steps, 'the nomination steps'),
  };
}
