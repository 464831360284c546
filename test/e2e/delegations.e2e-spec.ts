// Delegated signing (ký thay "KT.", ký thừa lệnh "TL."): a head lends their signing authority
// for a period; the delegate's inbox, allowed actions and decisions follow it; the decision
// records both people and the signature lines; revoking ends it. Each test has its own unit.

import { pdfText } from '#ktf/documents';
import { tokenFor } from './support/e2e-stack';

import { createOwnUnit, createUser, OwnUnit } from './support/unit-fixture';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(180_000);

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

describe('delegated signing', () => {
  const { stack, api, steps } = useE2eStack();

  async function toSigning(unit: OwnUnit, name: string) {
    const n = await steps.create(unit.officer, name, { awardCode: 'GIAY_KHEN' });
    await steps.voteAll(n.id, unit.members);
    await steps.appraise(n.id, 'approve');
    return n;
  }

  it('a deputy signs on behalf of the head (KT.) while in force; the decision records both people; revoked, no more', async () => {
    const unit = await createOwnUnit(api, 'XA-YEN-MAC', 'UBND xã Yên Mạc');
    // A deputy holds the signer role for a small authority of their own (the admin rule for signers).
    const deputy = await createUser(api, unit.id, 'pct.yenmac', ['signer'], 'Phạm Văn Phó', 'XA-YEN-MAC-PCT');
    const n = await toSigning(unit, 'Đoàn Thị Ký Thay');

    expect((await api.get(`/nominations/${n.id}`, deputy)).body.allowedActions).toEqual([]);
    expect((await api.post('/decisions', deputy, { nominationIds: [n.id] })).status).toBe(403);

    // Only a signer for their own authority, or an admin, records one.
    expect((await api.post('/delegations', unit.officer, { kind: 'KT', delegateId: deputy.id, validFrom: today(), validTo: inDays(10) })).status).toBe(403);
    expect((await api.post('/delegations', deputy, { kind: 'KT', principalId: unit.head.id, delegateId: deputy.id, validFrom: today(), validTo: inDays(10) })).status).toBe(403);
    expect((await api.post('/delegations', unit.head, { kind: 'KT', delegateId: unit.officer.id, validFrom: today(), validTo: inDays(10) })).status).toBe(422);
    expect((await api.post('/delegations', unit.head, { kind: 'KT', delegateId: unit.head.id, validFrom: today(), validTo: inDays(10) })).status).toBe(422);
    expect((await api.post('/delegations', unit.head, { kind: 'KT', delegateId: deputy.id, validFrom: inDays(3), validTo: inDays(2) })).status).toBe(422);
    expect((await api.post('/delegations', unit.head, { kind: 'KT', delegateId: deputy.id, validFrom: inDays(-9), validTo: inDays(-2) })).status).toBe(422);
    expect((await api.post('/delegations', unit.head, { kind: 'XX', delegateId: deputy.id, validFrom: today(), validTo: inDays(10) })).status).toBe(400);
    expect((await api.post('/delegations', unit.head, { kind: 'KT', delegateId: deputy.id, validFrom: '2025-02-30', validTo: inDays(10) })).status).toBe(400);

    const created = await api.post('/delegations', unit.head, { kind: 'KT', delegateId: deputy.id, validFrom: today(), validTo: inDays(10), reason: 'Chủ tịch đi công tác' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'KT', authority: 'XA-YEN-MAC', principalId: unit.head.id, principalName: 'Chủ tịch UBND xã Yên Mạc', delegateId: deputy.id, delegateName: 'Phạm Văn Phó',
      principalTitle: 'CHỦ TỊCH', delegateTitle: 'PHÓ CHỦ TỊCH', heading: 'KT. CHỦ TỊCH', validFrom: today(), validTo: inDays(10), reason: 'Chủ tịch đi công tác', createdBy: unit.head.id, revokedAt: null,
    });
    const delegationId = created.body.id as string;
    // Overlapping the same authority and delegate: refused, naming the one in force.
    const twice = await api.post('/delegations', 'admin', { kind: 'KT', principalId: unit.head.id, delegateId: deputy.id, validFrom: inDays(5), validTo: inDays(20) });
    expect(twice.status).toBe(409);
    expect(twice.body.delegationId).toBe(delegationId);

    // Who sees the register.
    expect((await api.get('/delegations', unit.officer)).status).toBe(403);
    expect((await api.get('/delegations', deputy)).body.map((d: { id: string }) => d.id)).toEqual([delegationId]);
    expect((await api.get('/delegations', 'chairman')).body).toEqual([]);
    expect((await api.get(`/delegations?activeOn=${today()}`, 'auditor')).body.map((d: { id: string }) => d.id)).toContain(delegationId);
    expect((await api.get(`/delegations?activeOn=${inDays(11)}`, 'auditor')).body.map((d: { id: string }) => d.id)).not.toContain(delegationId);

    // The deputy's inbox and allowed actions follow the delegation.
    expect((await api.get(`/nominations/${n.id}`, deputy)).body.allowedActions).toEqual(['sign', 'return']);
    const inbox = (await api.get('/inbox', deputy)).body.items as { id: string; expectedActions: string[] }[];
    expect(inbox.filter((i) => i.id === n.id).map((i) => i.expectedActions)).toEqual([['sign', 'return']]);

    const decision = await steps.sign([n.id], deputy);
    expect(decision.number).toBe('1/QĐ-XA-YEN-MAC');
    expect(decision.signerId).toBe(deputy.id);
    expect(decision.signature).toEqual({
      capacity: 'KT', delegationId, signedForId: unit.head.id, signedForName: 'Chủ tịch UBND xã Yên Mạc', signerName: 'Phạm Văn Phó', heading: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH',
    });
    expect((await api.get(`/decisions/${decision.id}`, 'auditor')).body.signature).toEqual(decision.signature);
    // The signed PDF prints the delegation's two lines over the deputy's name, not the head's title.
    const pdf = await fetch(`${stack.apiUrl}/decisions/${decision.id}/document.pdf`, { headers: { authorization: `Bearer ${tokenFor('auditor')}` } });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    // (pdftotext interleaves the signature column with "Nơi nhận" beside it.)
    expect(text).toMatch(/KT\. CHỦ TỊCH .*PHÓ CHỦ TỊCH .*Phạm Văn Phó/);
    expect(text).toContain('Phạm Văn Phó');
    const sealed = (await api.get(`/audit/events?subjectType=decision&subjectId=${decision.id}`, 'auditor')).body.items;
    // A decision of one nomination: sealed, then its PDF vouched for by the deputy who signed it.
    expect(sealed.map((e: { action: string; actorId: string; payload: Record<string, unknown> }) => [e.action, e.actorId, e.payload.signerId, e.payload.signedForId, e.payload.signingCapacity, e.payload.delegationId])).toEqual([
      ['decision_signed', deputy.id, deputy.id, unit.head.id, 'KT', delegationId],
      ['decision_document_signed', deputy.id, undefined, undefined, undefined, undefined],
    ]);

    // Revoked by the head: the deputy may no longer sign; a second revoke is a conflict.
    const later = await toSigning(unit, 'Đoàn Văn Sau');
    expect((await api.del(`/delegations/${delegationId}`, deputy)).status).toBe(403);
    const revoked = await api.del(`/delegations/${delegationId}`, unit.head);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: delegationId, revokedBy: unit.head.id });
    expect((await api.del(`/delegations/${delegationId}`, 'admin')).status).toBe(409);
    expect((await api.del('/delegations/5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d', 'admin')).status).toBe(404);
    expect((await api.get(`/nominations/${later.id}`, deputy)).body.allowedActions).toEqual([]);
    expect((await api.post('/decisions', deputy, { nominationIds: [later.id] })).status).toBe(403);
    // Signed directly, the decision says so.
    const direct = await steps.sign([later.id], unit.head);
    expect(direct.signature).toEqual({ capacity: 'direct', delegationId: null, signedForId: unit.head.id, signedForName: 'Chủ tịch UBND xã Yên Mạc', signerName: 'Chủ tịch UBND xã Yên Mạc', heading: null, title: null });

    const trail = (await api.get(`/audit/events?subjectType=delegation&subjectId=${delegationId}`, 'auditor')).body.items;
    expect(trail.map((e: { action: string; actorId: string; actorRole: string }) => [e.action, e.actorId, e.actorRole])).toEqual([
      ['delegation_created', unit.head.id, 'signer'],
      ['delegation_revoked', unit.head.id, 'signer'],
    ]);
  });

  it('an admin records a TL. delegation to the office chief, who signs by order with the chief’s title', async () => {
    const unit = await createOwnUnit(api, 'XA-GIA-HUNG', 'UBND xã Gia Hưng');
    const chief = await createUser(api, unit.id, 'cvp.giahung', ['signer'], 'Lê Thị Văn Phòng', 'VP-XA-GIA-HUNG');
    const n = await toSigning(unit, 'Trương Văn Thừa Lệnh');
    const created = await api.post('/delegations', 'admin', { kind: 'TL', principalId: unit.head.id, delegateId: chief.id, validFrom: today(), validTo: today() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ heading: 'TL. CHỦ TỊCH', delegateTitle: 'CHÁNH VĂN PHÒNG', createdBy: expect.any(String) });
    const decision = await steps.sign([n.id], chief);
    expect(decision.signature).toMatchObject({ capacity: 'TL', signedForId: unit.head.id, signerName: 'Lê Thị Văn Phòng', heading: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG' });
    const trail = (await api.get(`/audit/events?subjectType=delegation&subjectId=${created.body.id}`, 'auditor')).body.items;
    expect(trail.map((e: { action: string; actorRole: string }) => [e.action, e.actorRole])).toEqual([['delegation_created', 'admin']]);
  });
});
