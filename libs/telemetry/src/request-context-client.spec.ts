import { defaultPayloadConverter } from '@temporalio/common';
import type { Headers } from '@temporalio/common';
import { REQUEST_CONTEXT_HEADER, requestContextOf } from '#ktf/contracts';
import { addLogContext, withLogContext } from './log-context';
import { requestContextClientInterceptor as interceptor } from './request-context-client';

const REQUEST_ID = 'req-7f3a';
const ACTOR_ID = '00000000-0000-4000-8000-000000000031';

/** What `next` received, so the test reads the headers the interceptor passed on. */
const passThrough = <I>(input: I): I => input;

describe('request context client interceptor', () => {
  it('puts the current request and actor into the headers of a start, signal, Update and signal-with-start', () => {
    const trace = { '_tracer-data': defaultPayloadConverter.toPayload('t') };
    withLogContext({ requestId: REQUEST_ID, nominationId: 'n-1' }, () => {
      addLogContext({ actorId: ACTOR_ID });
      for (const call of [interceptor.startWithDetails, interceptor.signal, interceptor.signalWithStart, interceptor.startUpdate]) {
        const out = call({ workflowType: 'nominationWorkflow', headers: trace }, passThrough);
        expect(out.workflowType).toBe('nominationWorkflow');
        expect(out.headers['_tracer-data']).toBe(trace['_tracer-data']);
        expect(requestContextOf(out.headers)).toEqual({ requestId: REQUEST_ID, actorId: ACTOR_ID });
      }
    });
  });

  it('puts them into both the start’s and the Update’s headers of an update-with-start', () => {
    withLogContext({ requestId: REQUEST_ID, actorId: ACTOR_ID }, () => {
      const out = interceptor.startUpdateWithStart({ updateName: 'submit', workflowStartHeaders: {} as Headers, updateHeaders: {} as Headers }, passThrough);
      expect(out.updateName).toBe('submit');
      expect(requestContextOf(out.workflowStartHeaders)).toEqual({ requestId: REQUEST_ID, actorId: ACTOR_ID });
      expect(requestContextOf(out.updateHeaders)).toEqual({ requestId: REQUEST_ID, actorId: ACTOR_ID });
    });
  });

  it('adds no header outside a request', () => {
    const out = interceptor.startUpdate({ headers: {} as Headers }, passThrough);
    expect(out.headers[REQUEST_CONTEXT_HEADER]).toBeUndefined();
    expect(out.headers).toEqual({});
  });
});
