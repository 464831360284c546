import { DataSource } from 'typeorm';
import type { AwardType, PipelineDefinition } from '#ktf/domain';
import { AwardTypeEntity, CouncilEntity, PipelineDefinitionEntity, UnitEntity, UserEntity } from '../entities';

const VIETNAMESE = new Intl.Collator('vi');

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
  async activeUsersWithRole(role: string): Promise<UserEntity[]> {
    const users = await this.ds.getRepository(UserEntity).createQueryBuilder('u').where(':role = ANY(u.roles)', { role }).andWhere('u.active').getMany();
    return users.sort((a, b) => VIETNAMESE.compare(a.fullName, b.fullName));
  }

  usersByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(UserEntity).createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  async awardType(code: string): Promise<AwardType | null> {
    const row = await this.ds.getRepository(AwardTypeEntity).findOneBy({ code });
    return row?.definition ?? null;
  }

  /** The newest version of a pipeline: what a nomination pins when it starts. */
  async latestPipeline(code: string): Promise<PipelineDefinition | null> {
    const row = await this.ds.getRepository(PipelineDefinitionEntity).findOne({ where: { code }, order: { version: 'DESC' } });
    return row && { code: row.code, version: row.version, name: row.name, stages: row.stages };
  }

  /** One pinned version of a pipeline. */
  async pipeline(code: string, version: number): Promise<PipelineDefinition | null> {
    const row = await this.ds.getRepository(PipelineDefinitionEntity).findOneBy({ code, version });
    return row && { code: row.code, version: row.version, name: row.name, stages: row.stages };
  }

  /** The council for a scope: the provincial council, or the nominating unit's own. */
  async council(scope: 'province' | 'unit', unitId: string): Promise<{ council: CouncilEntity; memberIds: string[] } | null> {
    const where = scope === 'province' ? { level: 'province' as const } : { level: 'unit' as const, unitId };
    const council = await this.ds.getRepository(CouncilEntity).findOne({ where, order: { code: 'ASC' } });
    if (!council) return null;
    const rows: { user_id: string }[] = await this.ds.query(
      `SELECT user_id FROM council_members WHERE council_id=$1 AND active ORDER BY user_id`,
      [council.id],
    );
    return { council, memberIds: rows.map((r) => r.user_id) };
  }
}
