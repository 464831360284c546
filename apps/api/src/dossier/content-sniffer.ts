// file-type is ESM only: the API (CommonJS) loads it through Node's require(esm), as it loads
// Nest. Jest cannot, so nothing a unit test imports may import this file (the policy is in
// document-types.ts; the e2e suite checks the sniffing through the real API process).
import { fileTypeFromBuffer } from 'file-type';

/** The media type the bytes' signature (magic numbers) says, or undefined when none is known. */
export async function sniffMediaType(bytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}
