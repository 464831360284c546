import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('councils')
export class CouncilEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text') level!: 'province' | 'unit';
  @Column({ type: 'uuid', name: 'unit_id', nullable: true }) unitId!: string | null;
}

@Entity('council_members')
export class CouncilMemberEntity {
  @PrimaryColumn({ type: 'uuid', name: 'council_id' }) councilId!: string;
  @PrimaryColumn({ type: 'uuid', name: 'user_id' }) userId!: string;
  @Column('boolean') active!: boolean;
}
