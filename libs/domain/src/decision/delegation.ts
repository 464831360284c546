/**
 * Delegated signing (ký thay, ký thừa lệnh; Nghị định 30/2020/NĐ-CP): the head of an authority
 * lets a deputy sign on their behalf ("KT.") or the office chief sign by their order ("TL.")
 * for a period. Who may sign for an authority is data: the signer's own authority, plus every
 * delegation to them in force at the moment of signing.
 */
export const DELEGATION_KINDS = ['KT', 'TL'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

/** How a decision was signed: by the head of the authority, or under a delegation. */
export type SigningCapacity = 'direct' | DelegationKind;

/** The default titles on the signature block, per kind (a delegation may name others). */
export const DELEGATION_DEFAULT_TITLES: Record<DelegationKind, { principalTitle: string; delegateTitle: string }> = {
  KT: { principalTitle: 'CHỦ TỊCH', delegateTitle: 'PHÓ CHỦ TỊCH' },
  TL: { principalTitle: 'CHỦ TỊCH', delegateTitle: 'CHÁNH VĂN PHÒNG' },
};

/** A delegation as stored: `validFrom`..`validTo` are inclusive calendar dates in Vietnam time. */
export interface Delegation {
  id: string;
  kind: DelegationKind;
  /** The authority delegated (the principal's signer authority when it was created). */
  authority: string;
  principalId: string;
  delegateId: string;
  principalTitle: string;
  delegateTitle: string;
  validFrom: string;
  validTo: string;
  revokedAt: string | null;
}

/** What one person may sign for: their own authority, or one delegated to them. */
export interface SigningGrant {
  authority: string;
  capacity: SigningCapacity;
  delegationId: string | null;
  /** Whose authority it is: the signer themself when direct. */
  principalId: string;
}

const VN_OFFSET_MS = 7 * 3_600_000;

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh (UTC+7, no DST). */
export const vietnamDate = (at: Date): string => new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

/** In force on the Vietnamese calendar day of `at`, and not revoked by then. */
export function isDelegationInForce(d: Delegation, at: Date): boolean {
  if (d.revokedAt !== null && new Date(d.revokedAt).getTime() <= at.getTime()) return false;
  const day = vietnamDate(at);
  return d.validFrom <= day && day <= d.validTo;
}

/** Everything `signerId` may sign for at `at`: the own authority first, then delegations in force. */
export function signingGrants(signerId: string, ownAuthority: string | null, delegations: Delegation[], at: Date): SigningGrant[] {
  const grants: SigningGrant[] = ownAuthority ? [{ authority: ownAuthority, capacity: 'direct', delegationId: null, principalId: signerId }] : [];
  for (const d of delegations) {
    if (d.delegateId !== signerId || !isDelegationInForce(d, at)) continue;
    if (grants.some((g) => g.authority === d.authority)) continue;
    grants.push({ authority: d.authority, capacity: d.kind, delegationId: d.id, principalId: d.principalId });
  }
  return grants;
}

/**
 * The grant to sign for `authority` with, or else the first grant (own authority): the action
 * rules then refuse it with the usual "only a signer for authority X" when it does not match.
 */
export function grantFor(grants: SigningGrant[], authority: string | null | undefined): SigningGrant | null {
  return grants.find((g) => g.authority === authority) ?? grants[0] ?? null;
}

/**
 * The two lines above the signature (Nghị định 30/2020, Phụ lục I): "KT. CHỦ TỊCH" over
 * "PHÓ CHỦ TỊCH", "TL. CHỦ TỊCH" over "CHÁNH VĂN PHÒNG".
 */
export function signatureLines(kind: DelegationKind, principalTitle: string, delegateTitle: string): { heading: string; title: string } {
  return { heading: `${kind}. ${principalTitle}`, title: delegateTitle };
}

/** Periods overlap (inclusive dates). */
export const periodsOverlap = (a: { validFrom: string; validTo: string }, b: { validFrom: string; validTo: string }): boolean =>
  a.validFrom <= b.validTo && b.validFrom <= a.validTo;
