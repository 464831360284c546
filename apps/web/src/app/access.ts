import type { Role, SessionUser } from '../api/model';
import { useSession } from '../auth/session';

/**
 * What the signed-in person may see in the console, derived from their roles in one place.
 * Routes and the menu ask it; nothing else checks roles. The API stays the judge: this only
 * decides what to offer. Actions on a nomination are never derived here: they are exactly
 * the API's `allowedActions`.
 */
export interface Access {
  /** GET /inbox has work for these roles. */
  inbox: boolean;
  notifications: boolean;
  /** GET /nominations (a unit officer's list is their unit's). */
  nominationList: boolean;
  nominationRead: boolean;
  nominationCreate: boolean;
  /** Open campaigns addressed to the person's unit, and what the unit has sent into each. */
  campaignIntake: boolean;
  batchSigning: boolean;
  /** Council sessions: the agenda and the ballots (members), the tally (secretary, auditors). */
  councilSessions: boolean;
  /** Open a session, record written opinions, close it: the council secretary's work. */
  councilSessionManage: boolean;
  audit: boolean;
  /** Delegations of signing authority: read (signers, admins, auditors)… */
  delegations: boolean;
  /** …and created or ended (a signer for their own authority, an admin for anyone's). */
  delegationManage: boolean;
  /** The statistics workbooks: the office (admin, Sở Nội vụ) and auditors. */
  reports: boolean;
  holidays: boolean;
  users: boolean;
  /** Units, councils, the award catalog and pipeline versions: the admin's reference data. */
  administration: boolean;
}
export type Permission = keyof Access;

const NONE: Access = {
  inbox: false,
  notifications: false,
  nominationList: false,
  nominationRead: false,
  nominationCreate: false,
  campaignIntake: false,
  batchSigning: false,
  councilSessions: false,
  councilSessionManage: false,
  audit: false,
  delegations: false,
  delegationManage: false,
  reports: false,
  holidays: false,
  users: false,
  administration: false,
};

const BY_ROLE: Record<Role, Partial<Access>> = {
  unit_officer: { inbox: true, nominationList: true, nominationCreate: true, campaignIntake: true },
  council_member: { inbox: true, councilSessions: true },
  council_secretary: { inbox: true, nominationList: true, councilSessions: true, councilSessionManage: true, reports: true },
  appraiser: { inbox: true, nominationList: true, reports: true },
  signer: { inbox: true, nominationList: true, batchSigning: true, delegations: true, delegationManage: true },
  auditor: { nominationList: true, audit: true, councilSessions: true, delegations: true, reports: true },
  admin: { inbox: true, nominationList: true, councilSessions: true, audit: true, delegations: true, delegationManage: true, reports: true, holidays: true, users: true, administration: true },
};

export function accessFor(user: Pick<SessionUser, 'roles'> | null): Access {
  if (!user) return NONE;
  const access: Access = { ...NONE, notifications: true, nominationRead: true };
  for (const role of user.roles) {
    for (const [k, v] of Object.entries(BY_ROLE[role]) as [Permission, boolean][]) access[k] ||= v;
  }
  return access;
}

/** What the signed-in person may see, re-read when the session changes. */
export function useAccess(): Access {
  return accessFor(useSession()?.user ?? null);
}
