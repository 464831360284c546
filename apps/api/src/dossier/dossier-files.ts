import { DomainError } from '#ktf/domain';

/** What a dossier file may be; main.ts parses exactly these as raw bytes. */
export const DOSSIER_CONTENT_TYPES = [
  'application/pdf',
  'application/octet-stream',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export const isDossierContentType = (contentType: string | undefined): boolean =>
  !!contentType && (DOSSIER_CONTENT_TYPES as readonly string[]).includes(contentType.split(';')[0].trim().toLowerCase());

/** X-File-Name as encodeURIComponent writes it: header values stay ASCII, the name may be Vietnamese. */
export const FILE_NAME_HEADER_PATTERN = /^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-Fa-f]{2})+$/;
export const FILE_NAME_HEADER_MAX = 255;

/**
 * The stored file name: decoded (a sequence that is not UTF-8 stays as sent), NFC, with
 * characters no file name should hold (controls, slashes) replaced; `<kind>.pdf` when absent
 * or empty. It is only shown and offered on download, never used as a path.
 */
export function fileNameOf(header: string | undefined, kind: string): string {
  if (header === undefined) return `${kind}.pdf`;
  if (header.length > FILE_NAME_HEADER_MAX || !FILE_NAME_HEADER_PATTERN.test(header)) {
    const messages = [`X-File-Name must be the percent-encoded file name (encodeURIComponent), at most ${FILE_NAME_HEADER_MAX} characters`];
    throw new DomainError('invalid_input', messages[0], { errors: [{ field: 'X-File-Name', messages }] });
  }
  let decoded = header;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    // not UTF-8: keep the characters as sent
  }
  // eslint-disable-next-line no-control-regex
  const name = decoded.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim();
  return name || `${kind}.pdf`;
}
