import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { foldVietnamese } from '#ktf/domain';
import { Caller, tokenFor } from './support/e2e-stack';
import { docx, elf, jpeg, pdf, png, zip } from './support/sample-files';
import { createOwnUnit, OwnUnit } from './support/unit-fixture';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(150_000);

describe('dossier, appraisal checks and batch signing', () => {
  const { stack, api, steps } = useE2eStack({ MAX_DOCUMENT_BYTES: String(64 * 1024) });

  async function put(id: string, kind: string, content: Buffer | string, user: Caller = 'officer.vp', type = 'application/pdf', fileName = `${kind}.pdf`) {
    const res = await fetch(`${stack.apiUrl}/nominations/${id}/documents/${kind}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor(user)}`, 'content-type': type, 'x-file-name': encodeURIComponent(fileName) },
      body: typeof content === 'string' ? pdf(content) : content, // text stands for a PDF holding it
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  }

  it('keeps an electronic dossier complete at submit, per round, with diffs between rounds', async () => {
    const draft = await steps.create('officer.vp', 'Vương Thị Hông', { submit: false });
    expect((await api.get(`/nominations/${draft.id}`, 'officer.vp')).body.stage).toBe('unit_proposal');
    // A draft is edited until it is submitted; only by its unit.
    expect((await api.patch(`/nominations/${draft.id}`, 'officer.dongthinh', { achievements: 'x' })).status).toBe(403);
    expect((await api.patch(`/nominations/${draft.id}`, 'officer.vp', { year: 1999 })).status).toBe(400);
    const edited = await api.patch(`/nominations/${draft.id}`, 'officer.vp', { nominee: { kind: 'individual', fullName: 'Vương Thị Hồng', position: 'Phó trưởng phòng' }, achievements: 'Sáng kiến số hoá hồ sơ' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ nominee: { fullName: 'Vương Thị Hồng', position: 'Phó trưởng phòng' }, achievements: 'Sáng kiến số hoá hồ sơ' });
    const first = await put(draft.id, 'to_trinh', 'Tờ trình số 15/TTr-VP', 'officer.vp', 'application/pdf', 'Tờ trình đề nghị.pdf');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'to_trinh', round: 1, fileName: 'Tờ trình đề nghị.pdf', sha256: createHash('sha256').update(pdf('Tờ trình số 15/TTr-VP')).digest('hex') });
    expect((await put(draft.id, 'to_trinh', 'x', 'officer.dongthinh')).status).toBe(403);
    expect((await put(draft.id, 'giay_to_la', 'x')).status).toBe(400);
    expect((await put(draft.id, 'to_trinh', 'x', 'officer.vp', 'text/html')).status).toBe(415);
    expect((await put(draft.id, 'to_trinh', Buffer.alloc(65 * 1024))).status).toBe(413);

    const incomplete = await api.post(`/nominations/${draft.id}/submit`, 'officer.vp');
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.missing).toEqual(['bao_cao_thanh_tich', 'bien_ban_hop']);
    await put(draft.id, 'bao_cao_thanh_tich', 'Báo cáo thành tích v1');
    await put(draft.id, 'bien_ban_hop', 'Biên bản họp: 12/12 tán thành');
    const submitted = await api.post(`/nominations/${draft.id}/submit`, 'officer.vp');
    expect(submitted.status).toBe(200);
    expect(submitted.body.stage).toBe('council_review');
    expect((await put(draft.id, 'to_trinh', 'late')).status).toBe(409);
    expect((await api.patch(`/nominations/${draft.id}`, 'officer.vp', { achievements: 'late' })).status).toBe(409);

    await steps.voteAll(draft.id);
    await steps.appraise(draft.id, 'supplement', 'Báo cáo thành tích thiếu xác nhận');
    const v2 = await put(draft.id, 'bao_cao_thanh_tich', 'Báo cáo thành tích v2 có xác nhận');
    expect(v2.body.round).toBe(2);
    expect((await api.post(`/nominations/${draft.id}/supplement`, 'officer.vp', { note: 'Đã bổ sung' })).body.stage).toBe('appraisal');
    const diff = await api.get(`/nominations/${draft.id}/dossier/diff?from=1&to=2`, 'appraiser');
    expect(diff.body.changes.map((c: { kind: string; change: string }) => [c.kind, c.change])).toEqual([
      ['bao_cao_thanh_tich', 'changed'],
      ['bien_ban_hop', 'unchanged'],
      ['to_trinh', 'unchanged'],
    ]);
    const docs = await api.get(`/nominations/${draft.id}/documents`, 'auditor');
    expect(docs.body.round).toBe(2);
    expect(docs.body.history).toHaveLength(4);
    const file = await fetch(`${stack.apiUrl}/nominations/${draft.id}/documents/bao_cao_thanh_tich`, { headers: { authorization: `Bearer ${tokenFor('appraiser')}` } });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf('Báo cáo thành tích v2 có xác nhận'));
  });

  it('stores a file only when its bytes are the declared, accepted type (415 otherwise)', async () => {
    const draft = await steps.create('officer.vp', 'Quan Thị Hạnh', { submit: false });
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    // An executable sent as a PDF, or as anything else, is refused and not stored.
    const renamed = await put(draft.id, 'to_trinh', elf(), 'officer.vp', 'application/pdf', 'to_trinh.pdf');
    expect(renamed.status).toBe(415);
    expect(renamed.body).toMatchObject({ type: 'urn:ktf:problem:unsupported_media_type', status: 415, contentType: 'application/pdf', detected: 'application/x-elf' });
    expect(renamed.body.detail).toBe('the file’s content is application/x-elf, not the declared application/pdf');
    for (const type of ['application/octet-stream', 'image/png', DOCX]) expect((await put(draft.id, 'to_trinh', elf(), 'officer.vp', type)).status).toBe(415);
    expect((await put(draft.id, 'to_trinh', png(), 'officer.vp', 'image/jpeg')).status).toBe(415);
    expect((await put(draft.id, 'to_trinh', Buffer.from('Tờ trình, văn bản thường'), 'officer.vp', 'application/pdf')).status).toBe(415);
    expect((await put(draft.id, 'to_trinh', zip({ 'a.exe': 'MZ' }), 'officer.vp', 'application/octet-stream')).status).toBe(415);
    expect((await api.get(`/nominations/${draft.id}/documents`, 'officer.vp')).body.documents).toEqual([]);

    // What the bytes really are is stored: PNG, JPEG, a .docx (a zip container), and an untyped PDF as a PDF.
    expect((await put(draft.id, 'to_trinh', png(), 'officer.vp', 'image/png', 'to-trinh.png')).body).toMatchObject({ contentType: 'image/png' });
    expect((await put(draft.id, 'bien_ban_hop', jpeg(), 'officer.vp', 'image/jpeg; name=bien-ban.jpg', 'bien-ban.jpg')).body).toMatchObject({ contentType: 'image/jpeg' });
    expect((await put(draft.id, 'bao_cao_thanh_tich', docx('Báo cáo thành tích'), 'officer.vp', DOCX, 'bao-cao.docx')).body).toMatchObject({ contentType: DOCX });
    expect((await put(draft.id, 'bao_cao_thanh_tich', pdf('Báo cáo'), 'officer.vp', 'application/octet-stream', 'bao-cao.pdf')).body).toMatchObject({ contentType: 'application/pdf', round: 1 });
    const stored = (await api.get(`/nominations/${draft.id}/documents`, 'officer.vp')).body.history.map((d: { contentType: string }) => d.contentType);
    expect(stored).toEqual(['image/png', 'image/jpeg', DOCX, 'application/pdf']);
  });

  it('needs an audited override to approve against a failed check', async () => {
    const name = 'Lâm Thị Tuyết';
    const a = await steps.create('officer.vp', name);
    await steps.create('officer.vp', name); // the same person, award and year: a duplicate
    await steps.voteAll(a.id);
    const checks = await api.get(`/nominations/${a.id}/checks`, 'appraiser');
    expect(checks.body.find((c: { code: string }) => c.code === 'duplicate_nomination')).toMatchObject({ ok: false });
    const refused = await api.post(`/nominations/${a.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'ok' });
    expect(refused.status).toBe(422);
    expect(refused.body.failedChecks[0].code).toBe('duplicate_nomination');
    const approved = await api.post(`/nominations/${a.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'ok', override: 'Hồ sơ kia sẽ được rút' });
    expect(approved.status).toBe(200);
    const history = await api.get(`/nominations/${a.id}/history`, 'auditor');
    expect(history.body.find((e: { action: string }) => e.action === 'check_overridden')).toMatchObject({ reason: 'Hồ sơ kia sẽ được rút', actorRole: 'appraiser' });
  });

  it('reads prior titles from the award registry for CSTĐ cấp tỉnh', async () => {
    const name = 'Chu Văn Thắng';
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      // Registry history from earlier years (as migrated data would bring it).
      for (const year of [2023, 2025]) {
        const n = await steps.create('officer.vp', `${name} ${year}`, { submit: false });
        await db.query(
          `INSERT INTO award_records (nomination_id, award_code, year, subject, nominee_name, nominee_search, unit_id, decision_number, awarded_at)
           SELECT id, 'CSTD_CO_SO', $2, 'individual', $3, $4, unit_id, '9/QĐ-VP', now() FROM nominations WHERE id=$1`,
          [n.id, year, name, foldVietnamese(name)],
        );
      }
    } finally {
      await db.end();
    }
    const n = await steps.create('officer.vp', name, { awardCode: 'CSTD_TINH', year: 2026 });
    const checks = await api.get(`/nominations/${n.id}/checks`, 'appraiser');
    expect(checks.body.find((c: { code: string }) => c.code === 'prior_titles')).toEqual({
      code: 'prior_titles',
      ok: false,
      message: 'Sổ khen thưởng chưa có danh hiệu Chiến sĩ thi đua cơ sở năm 2024',
    });
    const registry = await api.get(`/awards?person=${encodeURIComponent('chu van thang')}`, 'auditor');
    expect(registry.body.items.map((i: { year: number }) => i.year).sort()).toEqual([2023, 2025]);
  });

  it('signs a batch all-or-nothing, and numbers concurrent decisions without gaps', async () => {
    const ready = [];
    for (let i = 0; i < 6; i++) {
      const n = await steps.create('officer.vp', `Nguyễn Văn Ký ${i}`);
      await steps.voteAll(n.id);
      await steps.appraise(n.id, 'approve');
      ready.push(n.id);
    }
    const notReady = await steps.create('officer.vp', 'Nguyễn Văn Chưa');
    const refused = await api.post('/decisions', 'chairman', { nominationIds: [ready[0], notReady.id] });
    expect(refused.status).toBe(409);
    expect(refused.body.nominationId).toBe(notReady.id);
    const untouched = await api.get(`/nominations/${ready[0]}`, 'chairman');
    expect(untouched.body).toMatchObject({ stage: 'signing', decision: null });
    expect(untouched.body.allowedActions).toContain('sign');
    expect((await api.post('/decisions', 'appraiser', { nominationIds: [ready[0]] })).status).toBe(403);

    // Three decisions signed at the same time: distinct, consecutive numbers from 1 (the only
    // UBND decisions of this file's stack), the refused batch having taken none.
    const signed = await Promise.all([[ready[0], ready[1]], [ready[2], ready[3]], [ready[4], ready[5]]].map((ids) => api.post('/decisions', 'chairman', { nominationIds: ids })));
    expect(signed.map((s) => s.status)).toEqual([201, 201, 201]);
    expect(signed.map((s) => s.body.number).sort()).toEqual(['1/QĐ-UBND', '2/QĐ-UBND', '3/QĐ-UBND']);
    for (const id of ready) expect((await api.get(`/nominations/${id}`, 'auditor')).body.status).toBe('awarded');
    const again = await api.post('/decisions', 'chairman', { nominationIds: [ready[0]] });
    expect(again.status).toBe(409);
  });

  it('withdraws before signing, and refuses withdrawal by another unit', async () => {
    const n = await steps.create('officer.vp', 'Tống Thị Rút');
    expect((await api.post(`/nominations/${n.id}/withdraw`, 'officer.dongthinh', { reason: 'x' })).status).toBe(403);
    const w = await api.post(`/nominations/${n.id}/withdraw`, 'officer.vp', { reason: 'Đơn vị rút đề nghị' });
    expect(w.body).toMatchObject({ status: 'withdrawn', stage: null, allowedActions: [] });
    expect((await api.post(`/nominations/${n.id}/votes`, 'council.1', { choice: 'agree' })).status).toBe(409);
  });
  /** A unit-level nomination of `unit` carried to signing (its council, then the provincial appraiser). */
  async function toSigning(unit: OwnUnit, name: string) {
    const n = await steps.create(unit.officer, name, { awardCode: 'GIAY_KHEN' });
    await steps.voteAll(n.id, unit.members);
    await steps.appraise(n.id, 'approve');
    return n;
  }
  const actions = async (id: string) => ((await api.get(`/nominations/${id}/history`, 'auditor')).body as { action: string }[]).map((e) => e.action);

  it('returns a nomination from signing to appraisal with the signer’s comment; approved again, it is signed', async () => {
    const unit = await createOwnUnit(api, 'XA-KIM-SON', 'UBND xã Kim Sơn');
    const n = await toSigning(unit, 'Đặng Thị Trả');
    expect((await api.get(`/nominations/${n.id}`, unit.head)).body.allowedActions).toEqual(['sign', 'return']);
    expect((await api.post(`/nominations/${n.id}/return`, 'chairman', { comment: 'x' })).status).toBe(403); // another authority
    expect((await api.post(`/nominations/${n.id}/return`, 'appraiser', { comment: 'x' })).status).toBe(403);
    expect((await api.post(`/nominations/${n.id}/return`, unit.head, {})).status).toBe(400);

    const returned = await api.post(`/nominations/${n.id}/return`, unit.head, { comment: 'Thành tích chưa rõ số liệu' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ stage: 'appraisal', status: 'in_progress', decision: null, allowedActions: [] });
    expect((await api.post(`/nominations/${n.id}/return`, unit.head, { comment: 'lần nữa' })).status).toBe(409);
    const history = (await api.get(`/nominations/${n.id}/history`, 'auditor')).body as { action: string; actorRole: string; reason: string | null; stageBefore: string; stageAfter: string }[];
    const back = history.findIndex((e) => e.action === 'returned_to_appraisal');
    expect(history.slice(back).map((e) => [e.action, e.actorRole, e.stageBefore, e.stageAfter])).toEqual([
      ['returned_to_appraisal', 'signer', 'signing', 'signing'],
      ['stage_opened', 'signer', 'signing', 'appraisal'],
    ]);
    expect(history[back].reason).toBe('Thành tích chưa rõ số liệu');

    await steps.appraise(n.id, 'approve', 'Đã làm rõ số liệu');
    const signed = await steps.sign([n.id], unit.head);
    expect(signed.number).toBe('1/QĐ-XA-KIM-SON');
    expect((await api.get(`/nominations/${n.id}`, 'auditor')).body).toMatchObject({ status: 'awarded', decision: { number: '1/QĐ-XA-KIM-SON' } });
  });

  it('releases every reservation when a workflow refuses its own, signs nothing and burns no number', async () => {
    const unit = await createOwnUnit(api, 'XA-NHO-QUAN', 'UBND xã Nho Quan');
    const a = await toSigning(unit, 'Hà Văn Giữ');
    const b = await toSigning(unit, 'Hà Thị Trả');
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const row = async (id: string) => (await db.query('SELECT * FROM nominations WHERE id = $1', [id])).rows[0] as Record<string, unknown>;
    const setRow = async (r: Record<string, unknown>) => {
      const cols = Object.keys(r).filter((c) => c !== 'id');
      const value = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? JSON.stringify(v) : v);
      await db.query(`UPDATE nominations SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [r.id, ...cols.map((c) => value(r[c]))]);
    };
    try {
      // B is returned to appraisal, but the API still reads it in signing: its row as it was just
      // before, the read model one transition behind the workflow (a return landing between the
      // API's check and the reservation). Only B's workflow can refuse now.
      const inSigning = await row(b.id);
      await steps.expectOk(api.post(`/nominations/${b.id}/return`, unit.head, { comment: 'Xem lại' }), 'return');
      const returned = await row(b.id);
      await setRow(inSigning);
      try {
        const refused = await api.post('/decisions', unit.head, { nominationIds: [a.id, b.id] });
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ code: 'stage_conflict', nominationId: b.id, stage: 'appraisal' });
      } finally {
        await setRow(returned);
      }
      // A was reserved for the refused decision, then released: it signs on its own, as number 1.
      expect((await actions(a.id)).slice(-2)).toEqual(['reserved_for_decision', 'reservation_released']);
      const released = (await api.get(`/nominations/${a.id}`, unit.head)).body;
      expect(released).toMatchObject({ stage: 'signing', decision: null, allowedActions: ['sign', 'return'] });
      expect((await actions(b.id)).filter((x) => x === 'reserved_for_decision')).toEqual([]);
      const denied = (await api.get(`/audit/events?subjectType=access&subjectId=${b.id}`, 'auditor')).body.items;
      expect(denied.map((e: { payload: { attemptedAction: string; httpStatus: number } }) => [e.payload.attemptedAction, e.payload.httpStatus])).toEqual([['sign', 409]]);
      expect((await steps.sign([a.id], unit.head)).number).toBe('1/QĐ-XA-NHO-QUAN');
      expect((await actions(a.id)).slice(-5)).toEqual(['reserved_for_decision', 'reservation_released', 'reserved_for_decision', 'signed', 'awarded']);
    } finally {
      await db.end();
    }
  });

  it('shows a nomination, its history, dossier, checks and decision to its own unit only, among unit officers', async () => {
    const unit = await createOwnUnit(api, 'XA-GIA-TUONG', 'UBND xã Gia Tường');
    const draft = await steps.create(unit.officer, 'Quách Thị Riêng', { awardCode: 'GIAY_KHEN', submit: false });
    for (const kind of ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop']) expect((await put(draft.id, kind, `${kind} của xã`, unit.officer)).status).toBe(200);
    await steps.expectOk(api.post(`/nominations/${draft.id}/submit`, unit.officer), 'submit');
    await steps.voteAll(draft.id, unit.members);
    await steps.appraise(draft.id, 'approve');
    const decision = await steps.sign([draft.id], unit.head);
    const id = draft.id;
    const reads = [
      `/nominations/${id}`, `/nominations/${id}/history`, `/nominations/${id}/documents`, `/nominations/${id}/documents/to_trinh`,
      `/nominations/${id}/dossier/diff?from=1&to=1`, `/nominations/${id}/checks`, `/decisions/${decision.id}`,
    ];
    for (const outsider of ['officer.vp', 'officer.dongthinh']) {
      for (const path of reads) {
        const res = await api.get(path, outsider);
        expect({ outsider, path, status: res.status, code: res.body?.code }).toEqual({ outsider, path, status: 403, code: 'forbidden' });
        expect(JSON.stringify(res.body)).not.toMatch(/Quách|to_trinh của xã|QĐ-XA-GIA-TUONG/);
      }
    }
    // The unit itself, and the office (a council member, the auditor), read every one of them.
    for (const reader of [unit.officer, 'council.1', 'auditor']) {
      for (const path of reads) {
        const res = await api.get(path, reader);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
      }
    }
    expect((await api.get(`/decisions/${decision.id}`, unit.officer)).body).toMatchObject({ number: '1/QĐ-XA-GIA-TUONG', nominationIds: [id], authority: 'XA-GIA-TUONG' });
  });
});
