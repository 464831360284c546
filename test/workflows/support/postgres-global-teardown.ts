// jest globalTeardown of the workflow project (see ./postgres-global-setup).
export { teardown as default } from './postgres-global-setup';
