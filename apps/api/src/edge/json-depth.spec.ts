import { exceedsJsonDepth } from './json-depth';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('exceedsJsonDepth', () => {
  it('counts objects and arrays alike, up to and including the limit', () => {
    expect(exceedsJsonDepth(bytes('{"a":{"b":[1,{"c":2}]}}'), 4)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":{"b":[1,{"c":2}]}}'), 3)).toBe(true);
    expect(exceedsJsonDepth(bytes(nested(32)), 32)).toBe(false);
    expect(exceedsJsonDepth(bytes(nested(33)), 32)).toBe(true);
  });

  it('stops at the first level too deep, whatever follows', () => {
    expect(exceedsJsonDepth(bytes('['.repeat(5000)), 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(bytes(`{"q":"${'[{'.repeat(100)}"}`), 2)).toBe(false);
    expect(exceedsJsonDepth(bytes(`{"q":"a\\"[[[[\\\\","r":[[1]]}`), 3)).toBe(false);
    expect(exceedsJsonDepth(bytes(`{"q":"a\\"[[[[\\\\","r":[[[1]]]}`), 3)).toBe(true);
  });

  it('reads Vietnamese text (multi-byte UTF-8) as plain string content', () => {
    expect(exceedsJsonDepth(bytes('{"fullName":"Nguyễn Thị Hoa [Phó trưởng phòng]","achievements":"Sáng kiến {số hoá}"}'), 1)).toBe(false);
  });

  it('sees flat and scalar bodies as depth 0 or 1', () => {
    expect(exceedsJsonDepth(bytes('"just a string"'), 2)).toBe(false);
    expect(exceedsJsonDepth(bytes('{}'), 2)).toBe(false);
    expect(exceedsJsonDepth(bytes(''), 2)).toBe(false);
  });
});
