import { DataSource, EntityManager } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Seconds an idle pooled connection is kept open (0: until the pool ends); default 600. */
  idleSeconds?: number;
  applicationName?: string;
}

/** Schema changes come only from migrations: `synchronize` stays off everywhere. */
export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: options.poolSize ?? 10,
      idleTimeoutMillis: (options.idleSeconds ?? 600) * 1000,
      // Idle connections kept this long must not keep a finished process (a CLI, a test) alive.
      allowExitOnIdle: true,
      application_name: options.applicationName ?? 'ktf',
    },
  });
}

export async function connectDatabase(options: DatabaseOptions): Promise<DataSource> {
  return createDataSource(options).initialize();
}

export { DataSource };

/** Whatever runs SQL: the pool, or one transaction (repositories that may run inside either take this). */
export type Queryable = Pick<EntityManager, 'query'>;
