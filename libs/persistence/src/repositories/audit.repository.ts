import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../entities';

export class AuditRepository {
  constructor(private readonly ds: DataSource) {}

  /** One subject's chain in order. */
  chain(subjectType: string, subjectId: string): Promise<AuditEventEntity[]> {
    return this.ds.getRepository(AuditEventEntity).find({ where: { subjectType, subjectId }, order: { sequence: 'ASC' } });
  }
}
