import type { OpenAPIObject } from '@nestjs/swagger';
import { methodNotAllowed } from './method-not-allowed';

const doc = {
  paths: { '/nominations/{id}': { get: {}, patch: {} }, '/health': { get: {} }, '/versions/{v}': { get: { 'x-method-not-allowed': 'a version is immutable' } } },
} as unknown as OpenAPIObject;

function call(method: string, path: string, headers: Record<string, string> = {}) {
  const res = { status: 0, headers: {} as Record<string, string>, body: '', passed: false };
  methodNotAllowed(doc)(
    { method, path, originalUrl: path, headers },
    {
      setHeader: (k, v) => (res.headers[k] = v),
      status: (code) => {
        res.status = code;
        return { type: () => ({ send: (b: string) => (res.body = b) }), end: () => undefined };
      },
    },
    () => (res.passed = true),
  );
  return res;
}

describe('405 for methods the document does not list', () => {
  it('answers 405 with Allow and a problem document', () => {
    const res = call('DELETE', '/nominations/5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d');
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe('GET, PATCH, HEAD, OPTIONS');
    expect(JSON.parse(res.body)).toMatchObject({ status: 405, title: 'Method not allowed' });
  });

  it('says why, where the operation explains it', () => {
    expect(JSON.parse(call('PUT', '/versions/1').body).detail).toBe('PUT is not allowed here; allowed: GET (a version is immutable)');
  });

  it('passes documented methods, HEAD where GET is, and unknown paths on to the router', () => {
    expect(call('PATCH', '/nominations/x').passed).toBe(true);
    expect(call('HEAD', '/health').passed).toBe(true);
    expect(call('GET', '/nowhere').passed).toBe(true);
  });

  it('answers OPTIONS with Allow, and leaves CORS preflights to the CORS middleware', () => {
    expect(call('OPTIONS', '/health')).toMatchObject({ status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    expect(call('OPTIONS', '/health', { 'access-control-request-method': 'GET' }).passed).toBe(true);
  });
});
