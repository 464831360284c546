import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Thị Hoà', 'nguyen thi hoa'],
    ['ĐỖ  VĂN   ĐỨC', 'do van duc'],
    ['Phường Nam Hoa Lư', 'phuong nam hoa lu'],
    ['Nguye\u0302\u0303n', 'nguyen'], // decomposed input folds the same
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });
});
