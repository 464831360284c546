import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AwardType, StageDefinition } from '#ktf/domain';

@Entity('pipeline_definitions')
export class PipelineDefinitionEntity {
  @PrimaryColumn('text') code!: string;
  @PrimaryColumn('int') version!: number;
  @Column('text') name!: string;
  @Column('jsonb') stages!: StageDefinition[];
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}

@Entity('award_types')
export class AwardTypeEntity {
  @PrimaryColumn('text') code!: string;
  @Column({ type: 'text', name: 'name_vi' }) nameVi!: string;
  @Column({ type: 'text', name: 'name_en' }) nameEn!: string;
  @Column('jsonb') definition!: AwardType;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

@Entity('holidays')
export class HolidayEntity {
  @PrimaryColumn('date') date!: string;
  @Column('text') kind!: 'holiday' | 'working_saturday';
  @Column('text') name!: string;
  @Column('boolean') estimated!: boolean;
}
