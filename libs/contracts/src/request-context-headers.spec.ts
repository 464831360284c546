import { defaultPayloadConverter } from '@temporalio/common';
import { REQUEST_CONTEXT_HEADER, requestContextOf, withRequestContextHeader } from './request-context-headers';

const REQUEST_ID = '5b0e7c1a-3f52-4d7e-9a61-0c2f8e4d9b13';
const ACTOR_ID = '00000000-0000-4000-8000-000000000021';

describe('request context headers', () => {
  it('carries the request and actor ids as one JSON header, beside the others', () => {
    const other = defaultPayloadConverter.toPayload('trace');
    const headers = withRequestContextHeader({ '_tracer-data': other }, { requestId: REQUEST_ID, actorId: ACTOR_ID });
    expect(Object.keys(headers).sort()).toEqual(['_tracer-data', REQUEST_CONTEXT_HEADER]);
    expect(headers['_tracer-data']).toBe(other);
    const payload = headers[REQUEST_CONTEXT_HEADER];
    expect(Buffer.from(payload.metadata?.encoding ?? []).toString()).toBe('json/plain');
    expect(Buffer.from(payload.data ?? []).toString()).toBe(`{"requestId":"${REQUEST_ID}","actorId":"${ACTOR_ID}"}`);
    expect(requestContextOf(headers)).toEqual({ requestId: REQUEST_ID, actorId: ACTOR_ID });
  });

  it('carries a request without an actor (before sign-in), and adds nothing without either', () => {
    expect(requestContextOf(withRequestContextHeader({}, { requestId: REQUEST_ID }))).toEqual({ requestId: REQUEST_ID });
    const none = {};
    expect(withRequestContextHeader(none, {})).toBe(none);
    expect(withRequestContextHeader(none, { requestId: '', actorId: undefined })).toBe(none);
  });

  it('drops what is not an id: overlong or non-string values', () => {
    const headers = withRequestContextHeader({}, { requestId: 'x'.repeat(129), actorId: 42 });
    expect(headers).toEqual({});
    expect(requestContextOf(withRequestContextHeader({}, { requestId: 'r'.repeat(128), actorId: ACTOR_ID }))).toEqual({ requestId: 'r'.repeat(128), actorId: ACTOR_ID });
    const forged = { [REQUEST_CONTEXT_HEADER]: defaultPayloadConverter.toPayload({ requestId: ['a'], actorId: ACTOR_ID, name: 'Phạm Quang Huy' }) };
    expect(requestContextOf(forged)).toEqual({ actorId: ACTOR_ID });
  });

  it('reads no context from absent or unreadable headers', () => {
    expect(requestContextOf(undefined)).toEqual({});
    expect(requestContextOf({})).toEqual({});
    expect(requestContextOf({ [REQUEST_CONTEXT_HEADER]: defaultPayloadConverter.toPayload('just a string') })).toEqual({});
    expect(requestContextOf({ [REQUEST_CONTEXT_HEADER]: { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{not json') } })).toEqual({});
    expect(requestContextOf({ [REQUEST_CONTEXT_HEADER]: { metadata: { encoding: Buffer.from('binary/encrypted') }, data: Buffer.from('x') } })).toEqual({});
  });
});
