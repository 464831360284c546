import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 'Đồng Thịnh' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":"Đồng Thịnh","z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same value whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [2, 3] })).toBe(canonicalJson({ y: [2, 3], x: 1 }));
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe('canonicalJson strings', () => {
  it('writes every string exactly as JSON.stringify does (quotes, escapes, surrogates)', () => {
    for (const s of ['', 'Đồng Thịnh', 'a"b', 'a\\b', 'tab\there', '\u0000\u001f\u007f', '\u2028', '😀', '\ud800', 'x\udfffy']) {
      expect(canonicalJson(s)).toBe(JSON.stringify(s));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => canonicalJson(s) === JSON.stringify(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => canonicalJson(s) === JSON.stringify(s)));
  });
});
