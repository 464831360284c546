import { escapeLike, matchAllWords, openSql, pageOf, searchWords, SqlWhere } from './query-sql';

describe('read-query SQL helpers', () => {
  it('numbers parameters in order and joins conditions with AND', () => {
    const w = new SqlWhere();
    w.and(`a = ${w.param(1)}`).and(`b = ${w.param('x')}`);
    expect(w.toSql()).toBe('WHERE (a = $1) AND (b = $2)');
    expect(w.params).toEqual([1, 'x']);
    expect(new SqlWhere().toSql()).toBe('');
  });

  it('folds search words like nominee_search, whatever the diacritics or normalisation', () => {
    expect(searchWords('  Nguyễn  Thị Hoà ')).toEqual(['nguyen', 'thi', 'hoa']);
    expect(searchWords('Nguye\u0302\u0303n Thi\u0323 Ho\u0300a')).toEqual(['nguyen', 'thi', 'hoa']);
    expect(searchWords('ĐẶNG Văn đông')).toEqual(['dang', 'van', 'dong']);
  });

  it('escapes LIKE wildcards so they match themselves', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('requires every word, each as a parameter', () => {
    const w = new SqlWhere();
    matchAllWords(w, 's', 'Hoà 10%');
    expect(w.toSql()).toBe('WHERE (s LIKE $1) AND (s LIKE $2)');
    expect(w.params).toEqual(['%hoa%', '%10\\%%']);
  });

  it('matches nothing for a query with no letters left after folding', () => {
    const w = new SqlWhere();
    matchAllWords(w, 's', '\u0301\u0300');
    expect(w.toSql()).toBe('WHERE (false)');
  });

  it('lists the terminal statuses as closed', () => {
    expect(openSql('n.status')).toBe("n.status NOT IN ('awarded', 'rejected', 'withdrawn', 'expired')");
  });

  it('pages limit+1 rows into a page and the key of its last row', () => {
    const rows = [1, 2, 3];
    expect(pageOf(rows, 2, (r) => r * 10, (r) => ({ k: r }))).toEqual({ rows: [10, 20], next: { k: 2 } });
    expect(pageOf(rows, 3, (r) => r, (r) => r)).toEqual({ rows: [1, 2, 3], next: null });
  });
});
