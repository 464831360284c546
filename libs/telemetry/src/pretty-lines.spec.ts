import { prettyLine } from './pretty-lines';

describe('pretty log lines (npm start only)', () => {
  it('puts time, level, service and message first, then the set ids, Vietnamese text intact', () => {
    const json = JSON.stringify({ level: 'info', time: '2026-11-28T10:11:12.345Z', service: 'api', requestId: 'r-1', actorId: null, msg: 'đã nhận', route: '/nominations/:id', status: 200 });
    expect(prettyLine(json)).toBe('10:11:12.345 INFO  api: đã nhận requestId=r-1 route=/nominations/:id status=200');
  });

  it('leaves a line that is not JSON as it is', () => {
    expect(prettyLine('plain text')).toBe('plain text');
  });
});
