import { createDataSource } from './data-source';

const poolOf = (ds: ReturnType<typeof createDataSource>) => (ds.options as { extra: Record<string, unknown> }).extra;

describe('the connection pool a data source opens', () => {
  const url = 'postgres://ktf@127.0.0.1:5432/ktf';

  it("keeps an idle connection ten minutes unless told otherwise, not the driver's 10 s", () => {
    expect(poolOf(createDataSource({ url }))).toEqual({ max: 10, idleTimeoutMillis: 600_000, allowExitOnIdle: true, application_name: 'ktf' });
  });

  it('takes the size, the idle time (0: never closed) and the name it is given', () => {
    expect(poolOf(createDataSource({ url, poolSize: 3, idleSeconds: 0, applicationName: 'ktf-worker' }))).toEqual({ max: 3, idleTimeoutMillis: 0, allowExitOnIdle: true, application_name: 'ktf-worker' });
    expect(poolOf(createDataSource({ url, idleSeconds: 30 })).idleTimeoutMillis).toBe(30_000);
  });
});
