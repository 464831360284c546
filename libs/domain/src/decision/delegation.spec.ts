import { allowedActions, denialOf } from '../nomination/actions';
import type { NominationView } from '../nomination/nomination-view';
import { Delegation, grantFor, isDelegationInForce, periodsOverlap, signatureLines, signingGrants, vietnamDate } from './delegation';

const kt: Delegation = {
  id: 'd1',
  kind: 'KT',
  authority: 'UBND',
  principalId: 'chairman',
  delegateId: 'deputy',
  principalTitle: 'CHỦ TỊCH',
  delegateTitle: 'PHÓ CHỦ TỊCH',
  validFrom: '2026-03-01',
  validTo: '2026-03-10',
  revokedAt: null,
};

describe('delegated signing', () => {
  it('is in force from the first to the last day inclusive, in Vietnam time', () => {
    expect(isDelegationInForce(kt, new Date('2026-02-28T16:59:59.999Z'))).toBe(false); // 23:59 on 28/02 in Hà Nội
    expect(isDelegationInForce(kt, new Date('2026-02-28T17:00:00.000Z'))).toBe(true); // 00:00 on 01/03
    expect(isDelegationInForce(kt, new Date('2026-03-10T16:59:59.999Z'))).toBe(true);
    expect(isDelegationInForce(kt, new Date('2026-03-10T17:00:00.000Z'))).toBe(false);
    expect(vietnamDate(new Date('2026-03-10T17:00:00.000Z'))).toBe('2026-03-11');
  });

  it('ends when revoked', () => {
    const revoked = { ...kt, revokedAt: '2026-03-05T02:00:00.000Z' };
    expect(isDelegationInForce(revoked, new Date('2026-03-05T01:59:59.999Z'))).toBe(true);
    expect(isDelegationInForce(revoked, new Date('2026-03-05T02:00:00.000Z'))).toBe(false);
  });

  it('grants the own authority first, then each delegated one in force', () => {
    const at = new Date('2026-03-02T03:00:00Z');
    expect(signingGrants('deputy', null, [kt], at)).toEqual([{ authority: 'UBND', capacity: 'KT', delegationId: 'd1', principalId: 'chairman' }]);
    expect(signingGrants('deputy', 'XA-A', [kt, { ...kt, id: 'd2', delegateId: 'someone' }], at)).toEqual([
      { authority: 'XA-A', capacity: 'direct', delegationId: null, principalId: 'deputy' },
      { authority: 'UBND', capacity: 'KT', delegationId: 'd1', principalId: 'chairman' },
    ]);
    // Their own authority is signed directly, even if also delegated to them.
    expect(signingGrants('deputy', 'UBND', [kt], at)).toEqual([{ authority: 'UBND', capacity: 'direct', delegationId: null, principalId: 'deputy' }]);
    expect(signingGrants('deputy', null, [kt], new Date('2026-04-01T03:00:00Z'))).toEqual([]);
    const grants = signingGrants('deputy', 'XA-A', [kt], at);
    expect(grantFor(grants, 'UBND')?.delegationId).toBe('d1');
    expect(grantFor(grants, 'OTHER')?.authority).toBe('XA-A');
    expect(grantFor([], 'UBND')).toBeNull();
  });

  it('writes the signature lines of Nghị định 30/2020', () => {
    expect(signatureLines('KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toEqual({ heading: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' });
    expect(signatureLines('TL', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG')).toEqual({ heading: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG' });
  });

  it('sees overlapping periods', () => {
    expect(periodsOverlap(kt, { validFrom: '2026-03-10', validTo: '2026-03-20' })).toBe(true);
    expect(periodsOverlap(kt, { validFrom: '2026-03-11', validTo: '2026-03-20' })).toBe(false);
  });

  it('keeps separation of duties: a delegate who appraised a nomination may not sign it', () => {
    const view = { stage: 'signing', status: 'in_progress', unitId: 'u', signingAuthority: 'UBND', reservedByDecisionId: null, councilMemberIds: [], recusedMemberIds: [], votedMemberIds: [], actorDuties: {} } as unknown as NominationView;
    const deputy = { id: 'deputy', roles: ['signer' as const, 'appraiser' as const], unitId: 'u' };
    const authority = grantFor(signingGrants('deputy', null, [kt], new Date('2026-03-02T03:00:00Z')), 'UBND')?.authority;
    expect(allowedActions(view, { actor: deputy, signerAuthority: authority })).toEqual(['sign', 'return']);
    expect(denialOf({ ...view, actorDuties: { deputy: 'appraisal' } }, { actor: deputy, signerAuthority: authority }, 'sign')?.message).toMatch(/separation of duties/);
  });
});
