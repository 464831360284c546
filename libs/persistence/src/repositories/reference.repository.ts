import { DataSource } from 'typeorm';
import type { AwardType, PipelineDefinition } from '#ktf/domain';
import { VI } from './nomination-query.repository';
import { AwardTypeEntity, PipelineDefinitionEntity, UnitEntity, UserEntity } from '../entities';

/** A nomination's unit, award type and the award's newest pipeline (ReferenceRepository.nominationRules). */
export interface NominationRules {
  unitId: string;
  awardCode: string;
  /** null: the unit does not exist. */
  unitCode: string | null;
  /** null: the award type is not in the catalog. */
  award: AwardType | null;
  /** null: the award's pipeline is not defined (or the award is missing). */
  pipeline: PipelineDefinition | null;
}

interface NominationRulesRow {
  unit_id: string;
  award_code: string;
  unit_code: string | null;
  award: AwardType | null;
}

/** The newest version of the pipeline of award type `a` (joined as `p`), as the columns below. */
const NEWEST_PIPELINE_OF_AWARD = `LEFT JOIN LATERAL (
  SELECT code, version, name, stages FROM pipeline_definitions WHERE code = a.definition->>'pipelineCode' ORDER BY version DESC LIMIT 1
) p ON true`;
const NEWEST_PIPELINE_COLUMNS = 'p.code AS pipeline_code, p.version AS pipeline_version, p.name AS pipeline_name, p.stages AS pipeline_stages';

interface NewestPipelineColumns {
  pipeline_code: string | null;
  pipeline_version: number;
  pipeline_name: string;
  pipeline_stages: PipelineDefinition['stages'];
}

const newestPipeline = (row: NewestPipelineColumns): PipelineDefinition | null =>
  row.pipeline_code === null ? null : { code: row.pipeline_code, version: row.pipeline_version, name: row.pipeline_name, stages: row.pipeline_stages };

/** Reference data: units, users, councils, the award catalog and pipeline definitions. */
export class ReferenceRepository {
  constructor(private readonly ds: DataSource) {}

  unit(id: string): Promise<UnitEntity | null> {
    return this.ds.getRepository(UnitEntity).findOneBy({ id });
  }

  user(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }

  /** Active users holding `role`, by name (Vietnamese collation, as lists of people are shown). */
  activeUsersWithRole(role: string): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).createQueryBuilder('u').where(':role = ANY(u.roles)', { role }).andWhere('u.active').orderBy(`u.full_name ${VI}`).getMany();
  }

  usersByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(UserEntity).createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  async awardType(code: string): Promise<AwardType | null> {
    const row = await this.ds.getRepository(AwardTypeEntity).findOneBy({ code });
    return row?.definition ?? null;
  }

  /**
   * What a nomination's workflow loads as its rules, in one round trip: its unit (and the unit's
   * code), its award type and that award's newest pipeline; null when the nomination has no row,
   * and each part null when missing (the caller names which).
   */
  async nominationRules(nominationId: string): Promise<NominationRules | null> {
    const [row]: (NominationRulesRow & NewestPipelineColumns)[] = await this.ds.query(
      `SELECT n.unit_id, n.award_code, u.code AS unit_code, a.definition AS award, ${NEWEST_PIPELINE_COLUMNS}
         FROM nominations n
         LEFT JOIN units u ON u.id = n.unit_id
         LEFT JOIN award_types a ON a.code = n.award_code
         ${NEWEST_PIPELINE_OF_AWARD}
        WHERE n.id = $1`,
      [nominationId],
    );
    if (!row) return null;
    return { unitId: row.unit_id, awardCode: row.award_code, unitCode: row.unit_code, award: row.award, pipeline: newestPipeline(row) };
  }

  /**
   * An award type and its pipeline's newest version (null if not defined), with the code of unit
   * `unitId` (null: no such unit), in one round trip; null: no such award type.
   */
  async awardWithNewestPipeline(code: string, unitId: string): Promise<{ award: AwardType; pipeline: PipelineDefinition | null; unitCode: string | null } | null> {
    const [row]: ({ award: AwardType; unit_code: string | null } & NewestPipelineColumns)[] = await this.ds.query(
      `SELECT a.definition AS award, (SELECT code FROM units WHERE id = $2) AS unit_code, ${NEWEST_PIPELINE_COLUMNS}
         FROM award_types a ${NEWEST_PIPELINE_OF_AWARD} WHERE a.code = $1`,
      [code, unitId],
    );
    return row ? { award: row.award, pipeline: newestPipeline(row), unitCode: row.unit_code } : null;
  }

  /** One pinned version of a pipeline. */
  async pipeline(code: string, version: number): Promise<PipelineDefinition | null> {
    const row = await this.ds.getRepository(PipelineDefinitionEntity).findOneBy({ code, version });
    return row && { code: row.code, version: row.version, name: row.name, stages: row.stages };
  }

  /**
   * The council for a scope with its active members and each member's unit, in one round trip
   * (what a council review pins: the seats, and who of them the nominating unit recuses).
   */
  async councilRoster(scope: 'province' | 'unit', unitId: string): Promise<{ councilId: string; members: { id: string; unitId: string }[] } | null> {
    const rows: { council_id: string; user_id: string | null; unit_id: string | null }[] = await this.ds.query(
      `WITH c AS (SELECT id FROM councils WHERE level = $1 AND ($1 = 'province' OR unit_id = $2) ORDER BY code LIMIT 1)
       SELECT c.id AS council_id, m.user_id, u.unit_id
         FROM c
         LEFT JOIN council_members m ON m.council_id = c.id AND m.active
         LEFT JOIN users u ON u.id = m.user_id
        ORDER BY m.user_id`,
      [scope, unitId],
    );
    if (rows.length === 0) return null;
    const members = rows.filter((r) => r.user_id !== null).map((r) => ({ id: r.user_id as string, unitId: r.unit_id as string }));
    return { councilId: rows[0].council_id, members };
  }
}
