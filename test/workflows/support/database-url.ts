/** Where the workflow tests' shared Postgres is (set by ./postgres-global.js). */
export const DATABASE_URL_VARIABLE = 'KTF_WORKFLOW_TEST_DATABASE_URL';

export function workflowTestDatabaseUrl(): string {
  const url = process.env[DATABASE_URL_VARIABLE];
  if (!url) throw new Error(`${DATABASE_URL_VARIABLE} is not set: run the workflow tests through jest's workflow project (its globalSetup starts Postgres)`);
  return url;
}
