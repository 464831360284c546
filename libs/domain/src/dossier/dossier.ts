import type { DossierDocumentKind } from '../catalog/award-type';

export const DOSSIER_KINDS: readonly DossierDocumentKind[] = [
  'to_trinh',
  'bao_cao_thanh_tich',
  'bien_ban_hop',
  'xac_nhan_sang_kien',
  'y_kien_btv_tinh_uy',
  'y_kien_hiep_y',
];

export const isDossierKind = (v: string): v is DossierDocumentKind => (DOSSIER_KINDS as readonly string[]).includes(v);

export interface DossierFile {
  kind: string;
  round: number;
  sha256: string;
  fileName: string;
  uploadedAt: string;
}

/** The dossier as it stood at the end of a round: the latest upload of each kind up to it. */
export function dossierAtRound(files: readonly DossierFile[], round: number): Map<string, DossierFile> {
  const at = new Map<string, DossierFile>();
  for (const f of [...files].filter((x) => x.round <= round).sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt))) at.set(f.kind, f);
  return at;
}

export type DossierChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** What changed between two rounds' dossiers, per document kind. */
export function diffDossier(files: readonly DossierFile[], from: number, to: number): { kind: string; change: DossierChange; from?: DossierFile; to?: DossierFile }[] {
  const a = dossierAtRound(files, from);
  const b = dossierAtRound(files, to);
  const kinds = [...new Set([...a.keys(), ...b.keys()])].sort();
  return kinds.map((kind) => {
    const x = a.get(kind);
    const y = b.get(kind);
    const change: DossierChange = !x ? 'added' : !y ? 'removed' : x.sha256 === y.sha256 ? 'unchanged' : 'changed';
    return { kind, change, from: x, to: y };
  });
}

export function missingDocuments(required: readonly string[], present: Iterable<string>): string[] {
  const have = new Set(present);
  return required.filter((k) => !have.has(k));
}
