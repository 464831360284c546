import { ApiClient, createApiClient, documentedStatuses } from '#ktf/api-client';
import { apiDocument, Caller, tokenFor } from './e2e-stack';

/**
 * The typed client (generated from the OpenAPI document) as a user: `as('officer.vp').POST('/nominations', { body })`.
 * A response the document does not list for its operation throws.
 */
export function typedApi(baseUrl: string): (user?: Caller) => ApiClient {
  const clients = new Map<string, ApiClient>();
  return (user) => {
    const key = user === undefined ? '' : typeof user === 'string' ? user : `id:${user.id}`;
    let client = clients.get(key);
    if (!client) {
      client = createApiClient(baseUrl, { token: user ? tokenFor(user) : undefined, middleware: [documentedStatuses(apiDocument())] });
      clients.set(key, client);
    }
    return client;
  };
}

export type TypedApi = ReturnType<typeof typedApi>;

/** The body of a 2xx, or an error naming the status and the problem document. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what: string): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw new Error(`${what}: ${response.status} ${JSON.stringify(error)}`);
  return data;
}
