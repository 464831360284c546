import { createHash } from 'node:crypto';

const NAMESPACE = 'khen-thuong-flow';

/** A UUID (v5 layout, SHA-1) derived from a name, so seed rows and dev tokens agree without a lookup. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`${NAMESPACE}:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
