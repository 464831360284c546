// The anchors the clocked tests lay their scenarios out from: always ahead of the clock, on the
// weekday the scenarios' hand counts assume, whatever day the suite runs.
import { mondayAfterNext, nextThursdayYearEnd, ScenarioDays } from '../workflows/support/scenario-days';

const at = (iso: string) => Date.parse(iso);

describe('scenario anchors', () => {
  it.each([
    ['2026-11-28T03:00:00Z', '2026-12-07'], // Sat 28/11 → Mon 07/12
    ['2026-11-29T16:59:00Z', '2026-12-07'], // Sun 29/11 23:59+07
    ['2026-11-29T17:00:00Z', '2026-12-14'], // already Mon 30/11 in Hà Nội
    ['2026-12-04T10:00:00Z', '2026-12-14'], // Fri 04/12
  ])('the Monday after next from %s is %s', (now, monday) => {
    expect(mondayAfterNext(at(now))).toBe(monday);
  });

  it.each([
    ['2026-11-28T00:00:00Z', '2026-12-31'],
    ['2026-12-23T00:00:00Z', '2026-12-31'], // 8 days ahead, still in time
    ['2026-12-24T00:00:00Z', '2037-12-31'], // too close: the next Thursday 31/12 is in 2037
    ['2038-01-01T00:00:00Z', '2043-12-31'],
  ])('the next Thursday year end from %s is %s', (now, yearEnd) => {
    expect(nextThursdayYearEnd(at(now))).toBe(yearEnd);
  });

  it('counts days from the anchor and refuses a holiday that changes nothing', () => {
    const d = new ScenarioDays('2037-12-31').holiday('Tết Dương lịch', 1).workingSaturday('Làm bù', 2);
    expect(d.date(1)).toBe('2038-01-01');
    expect(d.at(0, '09:00')).toBe('2037-12-31T02:00:00.000Z');
    expect(d.due(1)).toBe('2038-01-01T16:59:59.999Z');
    expect(d.days.map((x) => [x.date, x.kind])).toEqual([['2038-01-01', 'holiday'], ['2038-01-02', 'working_saturday']]);
    expect(() => d.holiday('Chủ nhật', 3)).toThrow('cannot be a holiday');
    expect(() => d.workingSaturday('Thứ sáu', 1)).toThrow('cannot be a working_saturday');
  });
});
