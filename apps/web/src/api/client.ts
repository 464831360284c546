import createClient from 'openapi-fetch';
import { getSession, setSession } from '../auth/session';
import type { paths } from '#ktf/api-client';
import type { LoginResponse } from './model';
import { problemOf } from './problem';

/** Sent with every call to /auth/refresh and /auth/logout: a cross-site form cannot set it. */
export const CONSOLE_HEADER = { 'X-Requested-With': 'ktf-console' } as const;

let refreshing: Promise<boolean> | null = null;

/** Exchanges the HttpOnly refresh cookie for a new access token; one attempt at a time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: CONSOLE_HEADER });
      if (!res.ok) return false;
      const body = (await res.json()) as LoginResponse;
      setSession({ accessToken: body.accessToken, user: body.user });
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

const isAuthCall = (url: string) => new URL(url, location.origin).pathname.startsWith('/auth/');

/**
 * Every API call goes through here: the bearer token is attached, and on a 401 the session
 * is refreshed once and the call repeated; if that fails, the session ends (the router then
 * shows the sign-in page).
 */
async function authorizedFetch(request: Request): Promise<Response> {
  const again = request.clone();
  const session = getSession();
  if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
  const res = await fetch(request);
  if (res.status !== 401 || !session || isAuthCall(request.url)) return res;
  if (!(await refreshSession())) {
    setSession(null);
    return res;
  }
  again.headers.set('Authorization', `Bearer ${getSession()?.accessToken ?? ''}`);
  return fetch(again);
}

/** The typed API client (openapi-fetch over the generated paths). Only the query modules use it. */
export const api = createClient<paths, 'application/json'>({ baseUrl: '', fetch: authorizedFetch, credentials: 'same-origin' });

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call, or an ApiProblem thrown for a refused one. */
export async function ok<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw await problemOf(response, error);
  return data as T;
}
