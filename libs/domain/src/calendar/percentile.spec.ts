import { percentile } from './percentile';

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
    expect(percentile([0, 10], 0.9)).toBe(9);
  });
  it('is null without data', () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});
