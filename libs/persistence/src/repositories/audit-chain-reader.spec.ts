import { ChainKey, splitKeys } from './audit-chain-reader';

const key = (subjectId: string, subjectType = 'nomination'): ChainKey => ({ subjectType, subjectId });

describe('splitKeys', () => {
  it('cuts a sorted sample at its quantiles into ranges that cover every key, in order', () => {
    const sample = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => key(id));
    expect(splitKeys(sample, 4)).toEqual([
      { from: null, to: key('c') },
      { from: key('c'), to: key('e') },
      { from: key('e'), to: key('g') },
      { from: key('g'), to: null },
    ]);
  });

  it('gives one boundary for a key the sample repeats, and one range when there is nothing to split', () => {
    const sample = [key('a'), key('b'), key('b'), key('b'), key('b'), key('b'), key('c', 'notification')];
    expect(splitKeys(sample, 4)).toEqual([
      { from: null, to: key('b') },
      { from: key('b'), to: null },
    ]);
    expect(splitKeys([], 8)).toEqual([{ from: null, to: null }]);
    expect(splitKeys(sample, 1)).toEqual([{ from: null, to: null }]);
  });
});
