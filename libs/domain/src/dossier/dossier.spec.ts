import { diffDossier, dossierAtRound, missingDocuments } from './dossier';

const f = (kind: string, round: number, sha256: string, minute: number) => ({
  kind, round, sha256, fileName: `${kind}.pdf`, uploadedAt: `2026-03-01T08:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('dossier rounds', () => {
  const files = [f('to_trinh', 1, 'a', 1), f('bao_cao_thanh_tich', 1, 'b', 2), f('bao_cao_thanh_tich', 2, 'b2', 3), f('bien_ban_hop', 2, 'c', 4), f('to_trinh', 1, 'a2', 5)];

  it('takes the latest upload per kind up to a round', () => {
    const r1 = dossierAtRound(files, 1);
    expect(r1.get('to_trinh')?.sha256).toBe('a2');
    expect(r1.has('bien_ban_hop')).toBe(false);
  });

  it('diffs two rounds per kind', () => {
    expect(diffDossier(files, 1, 2).map((d) => [d.kind, d.change])).toEqual([
      ['bao_cao_thanh_tich', 'changed'],
      ['bien_ban_hop', 'added'],
      ['to_trinh', 'unchanged'],
    ]);
  });

  it('names the missing required documents', () => {
    expect(missingDocuments(['to_trinh', 'bien_ban_hop'], ['to_trinh'])).toEqual(['bien_ban_hop']);
  });
});
