import { DataSource } from 'typeorm';
import type { NominationStatus, NominationView, Role, StageKind } from '#ktf/domain';
import { exactUtc, matchAllWords, openSql, Page, pageOf, SqlWhere } from './query-sql';

export type { Page } from './query-sql';

export interface NominationListFilter {
  stage?: StageKind;
  status?: NominationStatus;
  unitId?: string;
  awardCode?: string;
  campaignId?: string;
  year?: number;
  /** true: past due_at and still open; false: everything else. */
  overdue?: boolean;
  /** Free text matched, diacritics-insensitively, against the nominee's name. */
  text?: string;
}

/** Keyset of the list order (created_at DESC, id DESC); createdAt is exact UTC text (µs). */
export interface CreatedKey {
  createdAt: string;
  id: string;
}

export interface NominationSummaryRow {
  id: string;
  awardCode: string;
  subject: string;
  nomineeName: string;
  unitId: string;
  status: NominationStatus;
  stage: StageKind | null;
  stageOpenedAt: Date | null;
  dueAt: Date | null;
  overdue: boolean;
  year: number;
  campaignId: string | null;
  createdAt: Date;
}

/** Who asks for an inbox: identity, roles and, for signers, the authorities they sign for (own, then delegated). */
export interface InboxScope {
  actorId: string;
  unitId: string;
  roles: Role[];
  signerAuthorities: string[];
}

/** Keyset of the inbox order: due first (no due date last), then longest waiting. */
export interface InboxKey {
  dueAt: string | null;
  stageOpenedAt: string | null;
  id: string;
}

export type InboxRow = NominationSummaryRow & NominationView;

export interface AwardFilter {
  person?: string;
  unitId?: string;
  awardCode?: string;
  year?: number;
}

/** Keyset of the registry order: year DESC, name in Vietnamese order, id. */
export interface AwardKey {
  year: number;
  name: string;
  id: string;
}

export interface AwardRecordRow {
  id: string;
  nominationId: string;
  awardCode: string;
  awardName: string | null;
  year: number;
  subject: string;
  nomineeName: string;
  unitId: string;
  unitName: string | null;
  decisionId: string | null;
  decisionNumber: string;
  awardedAt: Date;
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Past its due date and still open. Never NULL, so NOT (…) works for overdue=false;
 * `stage IS NOT NULL` adds nothing for open rows but lets the partial index nominations_due
 * answer overdue=true.
 */
const OVERDUE = `n.due_at IS NOT NULL AND n.due_at < now() AND n.stage IS NOT NULL AND ${openSql('n.status')}`;

const SUMMARY_COLUMNS = `n.id, n.award_code, n.subject, n.nominee_name, n.unit_id, n.status, n.stage, n.stage_opened_at,
  n.due_at, (${OVERDUE}) AS overdue, n.year, n.campaign_id, n.created_at`;

const summaryOf = (r: Raw): NominationSummaryRow => ({
  id: r.id,
  awardCode: r.award_code,
  subject: r.subject,
  nomineeName: r.nominee_name,
  unitId: r.unit_id,
  status: r.status,
  stage: r.stage,
  stageOpenedAt: r.stage_opened_at,
  dueAt: r.due_at,
  overdue: r.overdue,
  year: r.year,
  campaignId: r.campaign_id,
  createdAt: r.created_at,
});

/** The ICU Vietnamese collation; present in the embedded PostgreSQL 18 and the postgres images. */
export const VI = 'COLLATE "vi-x-icu"';

/**
 * Read queries over the nomination read model and the award registry. Every list is
 * keyset-paginated (never OFFSET), so rows inserted between page fetches neither shift nor
 * repeat the pages already served.
 */
export class NominationQueryRepository {
  constructor(private readonly ds: DataSource) {}

  async list(filter: NominationListFilter, after: CreatedKey | null, limit: number): Promise<Page<NominationSummaryRow, CreatedKey>> {
    const w = new SqlWhere();
    if (filter.stage) w.and(`n.stage = ${w.param(filter.stage)}`);
    if (filter.status) w.and(`n.status = ${w.param(filter.status)}`);
    if (filter.unitId) w.and(`n.unit_id = ${w.param(filter.unitId)}`);
    if (filter.awardCode) w.and(`n.award_code = ${w.param(filter.awardCode)}`);
    if (filter.campaignId) w.and(`n.campaign_id = ${w.param(filter.campaignId)}`);
    if (filter.year !== undefined) w.and(`n.year = ${w.param(filter.year)}`);
    if (filter.overdue === true) w.and(OVERDUE);
    if (filter.overdue === false) w.and(`NOT (${OVERDUE})`);
    if (filter.text !== undefined) matchAllWords(w, 'n.nominee_search', filter.text);
    if (after) w.and(`(n.created_at, n.id) < (${w.param(after.createdAt)}::timestamptz, ${w.param(after.id)}::uuid)`);
    const rows: Raw[] = await this.ds.query(
      `SELECT ${SUMMARY_COLUMNS}, ${exactUtc('n.created_at')} AS created_key
       FROM nominations n ${w.toSql()}
       ORDER BY n.created_at DESC, n.id DESC LIMIT ${w.param(limit + 1)}`,
      w.params,
    );
    return pageOf(rows, limit, summaryOf, (r) => ({ createdAt: r.created_key, id: r.id }));
  }

  /**
   * What the caller may have to act on now, one branch per role (DESIGN §5 `GET /inbox`).
   * The branches mirror the action rules in `#ktf/domain`; callers still filter each row
   * through `allowedActions`, so the rules stay the one authority.
   *
   * Each branch names exactly one stage, so nominations_inbox (stage, due, opened, id) hands
   * it its rows already in inbox order and it stops after one page; several branches are
   * merged (UNION drops a row two branches share) and cut to one page again. A single
   * query with `stage IN (…) OR …` would sort every open nomination of those stages.
   */
  async inbox(scope: InboxScope, after: InboxKey | null, limit: number): Promise<Page<InboxRow, InboxKey>> {
    const w = new SqlWhere();
    const has = (role: Role) => scope.roles.includes(role);
    const branches: string[] = [];
    if (has('council_member')) {
      const me = `ARRAY[${w.param(scope.actorId)}::uuid]`;
      branches.push(
        `n.stage = 'council_review' AND n.council_member_ids @> ${me}
         AND NOT n.recused_member_ids @> ${me} AND NOT n.voted_member_ids @> ${me}`,
      );
    }
    if (has('council_secretary')) branches.push(`n.stage = 'council_review'`);
    if (has('appraiser')) {
      // An appraisal named to one appraiser (a reassignment) is in their inbox only.
      branches.push(`n.stage = 'appraisal' AND (n.appraiser_id IS NULL OR n.appraiser_id = ${w.param(scope.actorId)}::uuid)`, `n.stage = 'external_decision'`);
    }
    if (has('signer') && scope.signerAuthorities.length === 1) {
      branches.push(`n.stage = 'signing' AND n.signing_authority = ${w.param(scope.signerAuthorities[0])} AND n.reserved_by_decision_id IS NULL`);
    } else if (has('signer') && scope.signerAuthorities.length > 1) {
      branches.push(`n.stage = 'signing' AND n.signing_authority = ANY(${w.param(scope.signerAuthorities)}::text[]) AND n.reserved_by_decision_id IS NULL`);
    }
    if (has('unit_officer')) {
      const unit = w.param(scope.unitId);
      branches.push(`n.stage = 'unit_proposal' AND n.status = 'draft' AND n.unit_id = ${unit}`, `n.stage = 'supplement' AND n.unit_id = ${unit}`);
    }
    if (branches.length === 0) return { rows: [], next: null };
    const due = `coalesce(n.due_at, 'infinity'::timestamptz)`;
    const opened = `coalesce(n.stage_opened_at, 'infinity'::timestamptz)`;
    let keyset = '';
    if (after) {
      const [d, o, id] = [w.param(after.dueAt), w.param(after.stageOpenedAt), w.param(after.id)];
      keyset = ` AND (${due}, ${opened}, n.id) > (coalesce(${d}::timestamptz, 'infinity'), coalesce(${o}::timestamptz, 'infinity'), ${id}::uuid)`;
    }
    const take = w.param(limit + 1);
    const select = (branch: string) =>
      `SELECT ${SUMMARY_COLUMNS}, n.council_member_ids::text[] AS council_member_ids,
         n.recused_member_ids::text[] AS recused_member_ids, n.voted_member_ids::text[] AS voted_member_ids,
         n.signing_authority, n.reserved_by_decision_id, n.actor_duties, n.appraiser_id,
         ${exactUtc('n.due_at')} AS due_key, ${exactUtc('n.stage_opened_at')} AS opened_key,
         ${due} AS inbox_due, ${opened} AS inbox_opened
       FROM nominations n WHERE ${openSql('n.status')} AND (${branch})${keyset}
       ORDER BY ${due}, ${opened}, n.id LIMIT ${take}`;
    const sql =
      branches.length === 1
        ? select(branches[0])
        : `SELECT * FROM (${branches.map((b) => `(${select(b)})`).join(' UNION ')}) AS n
           ORDER BY n.inbox_due, n.inbox_opened, n.id LIMIT ${take}`;
    const rows: Raw[] = await this.ds.query(sql, w.params);
    const inboxRow = (r: Raw): InboxRow => ({
      ...summaryOf(r),
      councilMemberIds: r.council_member_ids,
      recusedMemberIds: r.recused_member_ids,
      votedMemberIds: r.voted_member_ids,
      signingAuthority: r.signing_authority,
      reservedByDecisionId: r.reserved_by_decision_id,
      actorDuties: r.actor_duties ?? {},
      appraiserId: r.appraiser_id ?? null,
    });
    return pageOf(rows, limit, inboxRow, (r) => ({ dueAt: r.due_key, stageOpenedAt: r.opened_key, id: r.id }));
  }

  /** The award registry: a person's history (matched like the free-text search) or a unit's. */
  async awards(filter: AwardFilter, after: AwardKey | null, limit: number): Promise<Page<AwardRecordRow, AwardKey>> {
    const w = new SqlWhere();
    if (filter.person !== undefined) matchAllWords(w, 'r.nominee_search', filter.person);
    if (filter.unitId) w.and(`r.unit_id = ${w.param(filter.unitId)}`);
    if (filter.awardCode) w.and(`r.award_code = ${w.param(filter.awardCode)}`);
    if (filter.year !== undefined) w.and(`r.year = ${w.param(filter.year)}`);
    if (after) {
      const [year, name, id] = [w.param(after.year), w.param(after.name), w.param(after.id)];
      // Mixed directions (year DESC, name ASC) rule out a row comparison: spell the keyset out.
      w.and(
        `r.year < ${year} OR (r.year = ${year} AND (r.nominee_name ${VI} > ${name} OR (r.nominee_name = ${name} AND r.id > ${id}::uuid)))`,
      );
    }
    const rows: Raw[] = await this.ds.query(
      `SELECT r.id, r.nomination_id, r.award_code, t.name_vi AS award_name, r.year, r.subject, r.nominee_name, r.unit_id,
         u.name AS unit_name, r.decision_id, r.decision_number, r.awarded_at
       FROM award_records r
       LEFT JOIN award_types t ON t.code = r.award_code
       LEFT JOIN units u ON u.id = r.unit_id
       ${w.toSql()}
       ORDER BY r.year DESC, r.nominee_name ${VI}, r.id LIMIT ${w.param(limit + 1)}`,
      w.params,
    );
    const awardRow = (r: Raw): AwardRecordRow => ({
      id: r.id,
      nominationId: r.nomination_id,
      awardCode: r.award_code,
      awardName: r.award_name,
      year: r.year,
      subject: r.subject,
      nomineeName: r.nominee_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      decisionId: r.decision_id,
      decisionNumber: r.decision_number,
      awardedAt: r.awarded_at,
    });
    return pageOf(rows, limit, awardRow, (r) => ({ year: r.year, name: r.nominee_name, id: r.id }));
  }
}
