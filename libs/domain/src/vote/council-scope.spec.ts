import { DEFAULT_PIPELINES } from '../pipeline/default-pipelines';
import { councilGap, councilScopesOf, recusedMemberIds } from './council-scope';

const pipeline = (code: string) => DEFAULT_PIPELINES.find((p) => p.code === code)!;

describe('council scopes', () => {
  it('reads which council each seeded pipeline needs', () => {
    expect(councilScopesOf(pipeline('unit-level'))).toEqual(['unit']);
    expect(councilScopesOf(pipeline('provincial'))).toEqual(['province']);
    expect(councilScopesOf(pipeline('central'))).toEqual(['province']);
  });

  it('takes the province when a council stage names no scope, and lists each scope once', () => {
    const p = { code: 'x', version: 1, name: 'x', stages: [
      { kind: 'unit_proposal' as const, slaWorkingDays: 0, reminderOffsets: [], onBreach: 'none' as const },
      { kind: 'council_review' as const, slaWorkingDays: 5, reminderOffsets: [], onBreach: 'tally' as const },
      { kind: 'council_review' as const, slaWorkingDays: 5, reminderOffsets: [], onBreach: 'tally' as const, councilScope: 'province' as const },
    ] };
    expect(councilScopesOf(p)).toEqual(['province']);
  });
});

describe('recusal by unit', () => {
  const members = [{ id: 'a', unitId: 'vp' }, { id: 'b', unitId: 'so-noi-vu' }, { id: 'c', unitId: 'vp' }];

  it('recuses the nominating unit’s members from the provincial council', () => {
    expect(recusedMemberIds('province', 'vp', members)).toEqual(['a', 'c']);
  });

  it('recuses no one from a unit’s own council for belonging to that unit', () => {
    expect(recusedMemberIds('unit', 'vp', members)).toEqual([]);
  });
});

describe('councilGap', () => {
  const unit = { id: 'u-1', code: 'XA-GIA-VIEN' };

  it('names the missing unit council and the unit', () => {
    expect(councilGap('unit', unit, null)).toEqual({
      message: 'no unit emulation and commendation council (Hội đồng Thi đua - Khen thưởng cơ sở) is configured for unit XA-GIA-VIEN',
      details: { missing: 'council', councilScope: 'unit', unitId: 'u-1', unitCode: 'XA-GIA-VIEN' },
    });
  });

  it('names a council with no active member', () => {
    expect(councilGap('province', unit, { memberIds: [] })).toMatchObject({ details: { missing: 'council_members', councilScope: 'province' } });
  });

  it('finds nothing missing when the council has members', () => {
    expect(councilGap('unit', unit, { memberIds: ['m'] })).toBeNull();
  });
});
