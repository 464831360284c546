import { unstorableJsonText } from './json-text';

const check = (value: unknown) => unstorableJsonText(Buffer.from(JSON.stringify(value), 'utf8'));

describe('unstorableJsonText', () => {
  it('finds a NUL character and a lone surrogate in any string, keys included', () => {
    expect(check({ reason: 'a\u0000b' })).toMatch(/NUL/);
    expect(check({ nominee: { fullName: ['x', 'Nguyễn\ud930'] } })).toMatch(/lone surrogate/);
    expect(check({ reason: '\udc00' })).toMatch(/lone surrogate/);
    expect(check({ reason: '\ud930\ud930\udefa' })).toMatch(/lone surrogate/);
    expect(check({ 'k\u0000': 1 })).toMatch(/NUL/);
  });

  it('passes Vietnamese, astral characters (surrogate pairs), other escapes and an escaped backslash before u0000', () => {
    expect(check({ fullName: 'Nguyễn Thị Hoa', note: 'ổn 😍 𠀋 \t "quoted" \\ /' })).toBeNull();
    expect(check({ literal: '\\u0000 is six characters here' })).toBeNull();
    expect(unstorableJsonText(Buffer.from('{"a":"\\\\u0000"}'))).toBeNull();
    expect(unstorableJsonText(Buffer.from('{"a":"\\ud83d\\ude0d"}'))).toBeNull();
    expect(unstorableJsonText(Buffer.from('{"a":"\\uD83D\\uDE0D"}'))).toBeNull();
  });

  it('reads raw UTF-8 and numbers outside strings as they are', () => {
    expect(unstorableJsonText(Buffer.from('{"a":0,"b":"ơ\u00a0"}', 'utf8'))).toBeNull();
  });
});
