import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentShape, Schemas, undocumented } from '#ktf/api-client';
import { devToken } from '../../../infra/dev/dev-token';
import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET, temporalDataConverter } from '#ktf/config';
import type { Role } from '#ktf/domain';
import { RunningStack, startStack } from '../../../infra/dev/stack';
import { findRepoRoot } from '../../../infra/dev/temporal-binaries';

let document: DocumentShape | undefined;
/** The OpenAPI document the typed client was generated from (libs/api-client/openapi.json). */
export function apiDocument(): DocumentShape {
  document ??= JSON.parse(readFileSync(join(findRepoRoot(), 'libs/api-client/openapi.json'), 'utf8')) as DocumentShape;
  return document;
}

/**
 * The suites drive a few seeded users much harder than people do: the rate limits are raised
 * far out of reach unless a test sets its own (the production defaults are in libs/config).
 */
export const E2E_RATE_LIMITS = { RATE_LIMIT_PUBLIC_PER_WINDOW: '1000000', RATE_LIMIT_WRITES_PER_WINDOW: '1000000' };

/** Starts the real stack (embedded Postgres, Temporal dev server, worker, API) on free ports. */
export async function startE2eStack(env: NodeJS.ProcessEnv = {}): Promise<RunningStack> {
  return startStack({ persistent: false, echo: process.env.KTF_E2E_ECHO === '1', env: { ...E2E_RATE_LIMITS, ...env } });
}

/** The stack's payload codec as a client's data converter: what a test reading Temporal directly needs. */
export function stackDataConverter(stack: RunningStack) {
  if (!stack.payloadCodec) throw new Error('this stack has no payload codec');
  return temporalDataConverter(stack.payloadCodec);
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
  if (typeof user === 'string') return devToken(user);
  return signToken({ id: user.id, roles: user.roles, unitId: user.unitId, name: user.fullName }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  contentType: string | null;
}

/**
 * A tiny untyped HTTP client bound to the stack's API, for what the typed client cannot send
 * (malformed bodies, wrong types, unknown paths). Even so, every answer must be one the OpenAPI
 * document allows for that request (see `undocumented`), or the call throws.
 */
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
    const problem = undocumented(apiDocument(), method, path, res.status, res.headers.get('content-type'));
    if (problem) throw new Error(`${problem}\n${text.slice(0, 500)}`);
    return { status: res.status, body: parsed as T, contentType: res.headers.get('content-type') };
  }
  return {
    baseUrl,
    get: <T = any>(path: string, user?: Caller) => call<T>('GET', path, user),
    post: <T = any>(path: string, user?: Caller, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, user, body, headers),
    put: <T = any>(path: string, user?: Caller, body?: unknown) => call<T>('PUT', path, user, body),
    patch: <T = any>(path: string, user?: Caller, body?: unknown) => call<T>('PATCH', path, user, body),
    del: <T = any>(path: string, user?: Caller) => call<T>('DELETE', path, user),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

export const HOA: Schemas['CreateNominationDto'] = {
  awardCode: 'BANG_KHEN_CT_UBND',
  nominee: { kind: 'individual', fullName: 'Nguyễn Thị Hoa', position: 'Chuyên viên' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.',
};
