import { decisionYear, formatDecisionNumber } from './decision-number';

describe('decision numbers', () => {
  it('writes the sequence, the kind and the authority', () => {
    expect(formatDecisionNumber('decision', 1, 'UBND')).toBe('1/QĐ-UBND');
    expect(formatDecisionNumber('decision', 12, 'XA-DONG-THINH')).toBe('12/QĐ-XA-DONG-THINH');
    expect(formatDecisionNumber('submission', 3, 'UBND')).toBe('3/TTr-UBND');
  });

  it('counts the year in Vietnamese local time, so numbering restarts at local midnight on 1 January', () => {
    expect(decisionYear(new Date('2025-12-31T16:59:59.999Z'))).toBe(2025); // 23:59:59.999 on 31/12 in Hà Nội
    expect(decisionYear(new Date('2025-12-31T17:00:00.000Z'))).toBe(2026); // 00:00 on 1/1
    expect(decisionYear(new Date('2025-01-01T00:00:00.000Z'))).toBe(2025);
    expect(decisionYear(new Date('2024-12-31T16:59:59.999Z'))).toBe(2024);
  });
});
