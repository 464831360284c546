import { DataSource } from 'typeorm';
import type { AwardType, PipelineDefinition, StageDefinition } from '#ktf/domain';
import { AdminActor, appendAdminChange } from './admin-change-audit';

export interface AwardTypeRecord {
  definition: AwardType;
  updatedAt: Date;
}

export interface PipelineVersionRecord extends PipelineDefinition {
  createdAt: Date;
  /** Some nomination runs on this version (informational: every version is immutable). */
  inUse: boolean;
}

export interface PipelineSummary {
  code: string;
  latestVersion: number;
  name: string;
  versions: number;
  latestCreatedAt: Date;
  /** Award types whose nominations start on this pipeline's newest version. */
  awardCodes: string[];
}

interface PipelineRow {
  code: string;
  version: number;
  name: string;
  stages: StageDefinition[];
  created_at: Date;
  in_use: boolean;
}

const IN_USE = `EXISTS (SELECT 1 FROM nominations n WHERE n.pipeline_code = p.code AND n.pipeline_version = p.version)`;

const versionOf = (r: PipelineRow): PipelineVersionRecord => ({
  code: r.code,
  version: r.version,
  name: r.name,
  stages: r.stages,
  createdAt: r.created_at,
  inUse: r.in_use,
});

/**
 * Admin writes to the award catalog and the pipeline definitions. Every write and its audit
 * event commit in one transaction. Pipeline versions are append-only: nothing here updates
 * or deletes one, because running nominations pin them.
 */
export class CatalogAdminRepository {
  constructor(private readonly ds: DataSource) {}

  async awardTypes(): Promise<AwardTypeRecord[]> {
    const rows: { definition: AwardType; updated_at: Date }[] = await this.ds.query(`SELECT definition, updated_at FROM award_types ORDER BY code`);
    return rows.map((r) => ({ definition: r.definition, updatedAt: r.updated_at }));
  }

  async awardType(code: string): Promise<AwardTypeRecord | null> {
    const rows: { definition: AwardType; updated_at: Date }[] = await this.ds.query(`SELECT definition, updated_at FROM award_types WHERE code=$1`, [code]);
    return rows[0] ? { definition: rows[0].definition, updatedAt: rows[0].updated_at } : null;
  }

  /** The codes among `codes` that are not in the catalog. */
  async missingAwardCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.ds.query(`SELECT code FROM award_types WHERE code = ANY($1)`, [codes]);
    const found = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !found.has(c));
  }

  /** Null when the code is already in the catalog. */
  async insertAwardType(a: AwardType, by: AdminActor): Promise<AwardTypeRecord | null> {
    return this.ds.transaction(async (m) => {
      const rows: { updated_at: Date }[] = await m.query(
        `INSERT INTO award_types (code, name_vi, name_en, definition) VALUES ($1,$2,$3,$4) ON CONFLICT (code) DO NOTHING RETURNING updated_at`,
        [a.code, a.nameVi, a.nameEn, JSON.stringify(a)],
      );
      if (rows.length === 0) return null;
      await appendAdminChange(m, { ...by, subjectId: `award_type:${a.code}`, action: 'award_type_created', payload: { after: a } });
      return { definition: a, updatedAt: rows[0].updated_at };
    });
  }

  /**
   * Replaces an award type as a whole; null when it does not exist. Running nominations keep
   * the rules they pinned at start, so only nominations started afterwards see the change.
   */
  async replaceAwardType(a: AwardType, by: AdminActor): Promise<AwardTypeRecord | null> {
    return this.ds.transaction(async (m) => {
      const before: { definition: AwardType }[] = await m.query(`SELECT definition FROM award_types WHERE code=$1 FOR UPDATE`, [a.code]);
      if (before.length === 0) return null;
      // TypeORM answers an UPDATE with [rows, affected count].
      const [rows]: [{ updated_at: Date }[], number] = await m.query(
        `UPDATE award_types SET name_vi=$2, name_en=$3, definition=$4, updated_at=now() WHERE code=$1 RETURNING updated_at`,
        [a.code, a.nameVi, a.nameEn, JSON.stringify(a)],
      );
      await appendAdminChange(m, {
        ...by,
        subjectId: `award_type:${a.code}`,
        action: 'award_type_replaced',
        payload: { before: before[0].definition, after: a },
      });
      return { definition: a, updatedAt: rows[0].updated_at };
    });
  }

  async pipelineSummaries(): Promise<PipelineSummary[]> {
    const rows: (PipelineSummary & { latest_version: number; latest_created_at: Date; award_codes: string[] })[] = await this.ds.query(
      `SELECT DISTINCT ON (p.code) p.code, p.version AS latest_version, p.name, p.created_at AS latest_created_at,
              count(*) OVER (PARTITION BY p.code)::int AS versions,
              ARRAY(SELECT a.code FROM award_types a WHERE a.definition->>'pipelineCode' = p.code ORDER BY a.code) AS award_codes
       FROM pipeline_definitions p ORDER BY p.code, p.version DESC`,
    );
    return rows.map((r) => ({
      code: r.code,
      latestVersion: r.latest_version,
      name: r.name,
      versions: r.versions,
      latestCreatedAt: r.latest_created_at,
      awardCodes: r.award_codes,
    }));
  }

  async pipelineExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM pipeline_definitions WHERE code=$1 LIMIT 1`, [code]);
    return rows.length > 0;
  }

  /** Every version of a pipeline, newest first (empty when the code is unknown). */
  async pipelineVersions(code: string): Promise<PipelineVersionRecord[]> {
    const rows: PipelineRow[] = await this.ds.query(
      `SELECT p.code, p.version, p.name, p.stages, p.created_at, ${IN_USE} AS in_use
       FROM pipeline_definitions p WHERE p.code=$1 ORDER BY p.version DESC`,
      [code],
    );
    return rows.map(versionOf);
  }

  async pipelineVersion(code: string, version: number): Promise<PipelineVersionRecord | null> {
    const rows: PipelineRow[] = await this.ds.query(
      `SELECT p.code, p.version, p.name, p.stages, p.created_at, ${IN_USE} AS in_use
       FROM pipeline_definitions p WHERE p.code=$1 AND p.version=$2`,
      [code, version],
    );
    return rows[0] ? versionOf(rows[0]) : null;
  }

  /**
   * Publishes the next version of a pipeline (version 1 creates it). The transaction holds a
   * lock on the code, so concurrent publishers get consecutive, distinct versions; the
   * (code, version) primary key backs that up.
   */
  async publishPipelineVersion(code: string, name: string, stages: StageDefinition[], by: AdminActor): Promise<PipelineVersionRecord> {
    return this.ds.transaction(async (m) => {
      // An advisory lock, not a row lock: a code publishing its first version has no row yet.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`pipeline_definitions:${code}`]);
      const [{ next }]: { next: number }[] = await m.query(
        `SELECT coalesce(max(version), 0)::int + 1 AS next FROM pipeline_definitions WHERE code=$1`,
        [code],
      );
      const [row]: { created_at: Date }[] = await m.query(
        `INSERT INTO pipeline_definitions (code, version, name, stages) VALUES ($1,$2,$3,$4) RETURNING created_at`,
        [code, next, name, JSON.stringify(stages)],
      );
      await appendAdminChange(m, {
        ...by,
        subjectId: `pipeline:${code}`,
        action: 'pipeline_version_published',
        payload: { version: next, name, stages },
      });
      return { code, version: next, name, stages, createdAt: row.created_at, inUse: false };
    });
  }
}
