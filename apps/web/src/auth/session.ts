import { useSyncExternalStore } from 'react';
import type { Role, SessionUser } from '../api/model';

/**
 * The signed-in person: the short-lived access token and the user it belongs to. Kept in
 * sessionStorage (one tab's sign-in; closing the tab forgets it). The long-lived refresh
 * token never reaches script: it is the HttpOnly `ktf_refresh` cookie, path /auth.
 */
export interface Session {
  accessToken: string;
  user: SessionUser;
}

export const SESSION_KEY = 'ktf.session';
const ROLES: readonly Role[] = ['unit_officer', 'council_member', 'council_secretary', 'appraiser', 'signer', 'auditor', 'admin'];

const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.accessToken !== 'string' || !s.user || !Array.isArray(s.user.roles)) return null;
    return { accessToken: s.accessToken, user: { ...s.user, roles: s.user.roles.filter((r): r is Role => ROLES.includes(r)) } };
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(SESSION_KEY);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current session, re-rendering when it changes (sign-in, refresh, sign-out). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
