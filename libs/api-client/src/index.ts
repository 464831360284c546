import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi-types';

export type { components, operations, paths } from './openapi-types';

/** The API's schemas by name, e.g. `Schemas['NominationResponse']`. */
export type Schemas = components['schemas'];

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** A bearer token; without one only public routes answer. */
  token?: string;
  /** Checks run on every response, e.g. `documentedStatuses` in tests. */
  middleware?: Middleware[];
}

/** A client typed by the OpenAPI document: paths, parameters, bodies and responses. */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({ baseUrl, headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  for (const m of options.middleware ?? []) client.use(m);
  return client;
}

export { documentedStatuses, templateOf, undocumented, type DocumentShape } from './documented-statuses';
