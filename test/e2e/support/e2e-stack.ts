import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import type { Role } from '#ktf/domain';
import { findSeedUser } from '#ktf/persistence';
import { RunningStack, startStack } from '../../../infra/dev/stack';

/** Starts the real stack (embedded Postgres, Temporal dev server, worker, API) on free ports. */
export async function startE2eStack(env: NodeJS.ProcessEnv = {}): Promise<RunningStack> {
  return startStack({ persistent: false, echo: process.env.KTF_E2E_ECHO === '1', env });
}

/** A user a test created through the admin API (seeded users are named by username). */
export interface TestUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string;
}

/** Who calls: a seeded username, or a user the test created. */
export type Caller = string | TestUser;

export function tokenFor(user: Caller): string {
  const u = typeof user === 'string' ? findSeedUser(user) : user;
  if (!u) throw new Error(`no seeded user ${String(user)}`);
  return signToken({ id: u.id, roles: u.roles, unitId: u.unitId, name: u.fullName }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  contentType: string | null;
}

/** A tiny HTTP client bound to the stack's API. */
export function apiClient(baseUrl: string) {
  async function call<T = any>(method: string, path: string, user?: Caller, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
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
    get: <T = any>(path: string, user?: Caller) => call<T>('GET', path, user),
    post: <T = any>(path: string, user?: Caller, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, user, body, headers),
    put: <T = any>(path: string, user?: Caller, body?: unknown) => call<T>('PUT', path, user, body),
    patch: <T = any>(path: string, user?: Caller, body?: unknown) => call<T>('PATCH', path, user, body),
    del: <T = any>(path: string, user?: Caller) => call<T>('DELETE', path, user),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

export const HOA = {
  awardCode: 'BANG_KHEN_CT_UBND',
  nominee: { kind: 'individual', fullName: 'Nguyễn Thị Hoa', position: 'Chuyên viên' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.',
};
