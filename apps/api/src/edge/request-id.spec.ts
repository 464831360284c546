import { requestIdFrom, requestIdMiddleware } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps an acceptable client id as it is', () => {
    for (const id of ['3f1c9a2e-0b7d-4c55-9a51-2f7a9a7f1e01', '01HZX3J6Q8W1S4V0M2K7B9C5DE', 'Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8', 'a']) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces a missing, empty, too long or unsafe id with a new UUID', () => {
    for (const bad of [undefined, '', 'x'.repeat(129), 'two words', 'line\nbreak', '"quoted"', 'tên-tiếng-việt']) {
      expect(requestIdFrom(bad)).toMatch(UUID);
    }
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
  });

  it('puts the id on the request and on the response', () => {
    const req: { headers: Record<string, string>; requestId?: string } = { headers: { 'x-request-id': 'req-42' } };
    const headers: Record<string, string> = {};
    let called = false;
    requestIdMiddleware(req, { setHeader: (k: string, v: string) => (headers[k] = v) }, () => (called = true));
    expect(req.requestId).toBe('req-42');
    expect(headers).toEqual({ 'X-Request-Id': 'req-42' });
    expect(called).toBe(true);
  });
});
