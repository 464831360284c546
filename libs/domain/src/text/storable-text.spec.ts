import { LONE_SURROGATE_IN_TEXT, NUL_IN_TEXT, unstorableText } from './storable-text';

describe('unstorableText', () => {
  it('finds a NUL or a lone surrogate in a string, a key or a nested value', () => {
    expect(unstorableText('a\u0000b')).toBe(NUL_IN_TEXT);
    expect(unstorableText({ actor: { id: 'x' }, reason: ['ok', 'Nguyễn\ud930'] })).toBe(LONE_SURROGATE_IN_TEXT);
    expect(unstorableText({ reason: '\udc00 đầu' })).toBe(LONE_SURROGATE_IN_TEXT);
    expect(unstorableText({ 'k\u0000': 1 })).toBe(NUL_IN_TEXT);
  });

  it('passes Vietnamese, astral characters (surrogate pairs), numbers, null and booleans', () => {
    expect(unstorableText({ fullName: 'Nguyễn Thị Hoa 😍 𠀋', n: 3, none: null, yes: true, list: ['ổn', '\\u0000'] })).toBeNull();
  });
});
