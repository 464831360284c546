const PDF = 'application/pdf';
const PNG = 'image/png';
const JPEG = 'image/jpeg';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP = 'application/zip';
const UNTYPED = 'application/octet-stream';

/**
 * Dossier files by declared Content-Type, and the types their bytes may be sniffed as. A .docx
 * is a zip container: sniffed as docx when the detector sees its parts, else as a plain zip.
 */
const SNIFFED_AS: ReadonlyMap<string, readonly string[]> = new Map([
  [PDF, [PDF]],
  [PNG, [PNG]],
  [JPEG, [JPEG]],
  [DOCX, [DOCX, ZIP]],
]);

/** What a client may declare: a document type, or application/octet-stream for "see the bytes". */
export const DECLARABLE_DOCUMENT_TYPES: readonly string[] = [...SNIFFED_AS.keys(), UNTYPED];

/** `image/PNG; charset=x` → `image/png`. */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

/** Why a declared type is refused before the bytes are looked at, or null when it may be sent. */
export function declaredTypeRefusal(declared: string): string | null {
  return DECLARABLE_DOCUMENT_TYPES.includes(declared) ? null : `content type ${declared || '(none)'} is not accepted; send one of ${DECLARABLE_DOCUMENT_TYPES.join(', ')}`;
}

export type UploadJudgement = { ok: true; storedType: string } | { ok: false; reason: string };

/**
 * Whether bytes sniffed as `sniffed` (undefined: no known signature) may be stored as a dossier
 * file declared `declared`. A declared type must match the bytes; application/octet-stream is
 * stored as what the bytes are, if that is an accepted document type (a bare zip is not: it
 * could hold anything).
 */
export function judgeUpload(declared: string, sniffed: string | undefined): UploadJudgement {
  const what = sniffed ? `the file’s content is ${sniffed}` : 'the file’s content is of no recognised document type';
  if (declared === UNTYPED) {
    return sniffed && SNIFFED_AS.has(sniffed) ? { ok: true, storedType: sniffed } : { ok: false, reason: `${what}; accepted: PDF, PNG, JPEG, DOCX` };
  }
  const expected = SNIFFED_AS.get(declared);
  if (!expected) return { ok: false, reason: declaredTypeRefusal(declared) ?? `content type ${declared} is not accepted` };
  return sniffed && expected.includes(sniffed) ? { ok: true, storedType: declared } : { ok: false, reason: `${what}, not the declared ${declared}` };
}
