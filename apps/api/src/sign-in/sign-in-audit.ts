import { Injectable } from '@nestjs/common';
import { ACCOUNT_AUDIT_SUBJECT_TYPE, AuditRepository } from '#ktf/persistence';
import type { SignInContext } from './identity-provider';

/** The `account` chain of a typed username that matches no account: never the name itself. */
export const unknownAccountSubject = (pseudonym: string) => `unknown:${pseudonym}`;

export interface AccountEvent {
  /** A user id, or `unknownAccountSubject(…)`. */
  subjectId: string;
  action: 'signed_in' | 'sign_in_failed' | 'sign_in_throttled' | 'signed_out' | 'refresh_token_reused';
  /** The person acting, when known to be them (a success, a sign-out); null for a refused attempt. */
  actorId?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Appends sign-in events to the `account` chains. Never the password, never the typed
 * username (for an unknown one the chain is keyed by its pseudonym).
 */
@Injectable()
export class SignInAudit {
  constructor(private readonly audit: AuditRepository) {}

  async record(e: AccountEvent, context: SignInContext | null): Promise<void> {
    await this.audit.appendNext(ACCOUNT_AUDIT_SUBJECT_TYPE, e.subjectId, {
      actorId: e.actorId ?? null,
      action: e.action,
      reason: e.reason ?? null,
      payload: { ...e.payload, ...(context ? { ip: context.ip } : {}) },
    });
  }
}
