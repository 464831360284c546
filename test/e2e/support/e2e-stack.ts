import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import { findSeedUser } from '#ktf/persistence';
import { RunningStack, startStack } from '../../../infra/dev/stack';

/**
 * The suites drive a few seeded users much harder than people do: the rate limits are raised
 * far out of reach unless a test sets its own (the production defaults are in libs/config).
 */
export const E2E_RATE_LIMITS = { RATE_LIMIT_PUBLIC_PER_WINDOW: '1000000', RATE_LIMIT_WRITES_PER_WINDOW: '1000000' };

/** Starts the real stack (embedded Postgres, Temporal dev server, worker, API) on free ports. */
export async function startE2eStack(env: NodeJS.ProcessEnv = {}): Promise<RunningStack> {
  return startStack({ persistent: false, echo: process.env.KTF_E2E_ECHO === '1', env: { ...E2E_RATE_LIMITS, ...env } });
}

export function tokenFor(username: string): string {
  const u = findSeedUser(username);
  if (!u) throw new Error(`no seeded user ${username}`);
  return signToken({ id: u.id, roles: u.roles, unitId: u.unitId, name: u.fullName }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  contentType: string | null;
}

/** A tiny HTTP client bound to the stack's API. */
export function apiClient(baseUrl: string) {
  async function call<T = any>(method: string, path: string, user?: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(user ? { authorization: `Bearer ${tokenFor(user)}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as T, contentType: res.headers.get('content-type') };
  }
  return {
    get: <T = any>(path: string, user?: string) => call<T>('GET', path, user),
    post: <T = any>(path: string, user?: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, user, body, headers),
    put: <T = any>(path: string, user?: string, body?: unknown) => call<T>('PUT', path, user, body),
    patch: <T = any>(path: string, user?: string, body?: unknown) => call<T>('PATCH', path, user, body),
    del: <T = any>(path: string, user?: string) => call<T>('DELETE', path, user),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

export const HOA = {
  awardCode: 'BANG_KHEN_CT_UBND',
  nominee: { kind: 'individual', fullName: 'Nguyễn Thị Hoa', position: 'Chuyên viên' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.',
};
