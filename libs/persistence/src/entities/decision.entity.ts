import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('decisions')
export class DecisionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: 'decision' | 'submission';
  @Column('text') authority!: string;
  @Column('int') year!: number;
  @Column('int') seq!: number;
  @Column('text') number!: string;
  @Column({ type: 'timestamptz', name: 'signed_at' }) signedAt!: Date;
  @Column({ type: 'uuid', name: 'signer_id' }) signerId!: string;
  @Column({ type: 'uuid', name: 'nomination_ids', array: true }) nominationIds!: string[];
  @Column('text') status!: 'numbered' | 'signed';
  @Column({ type: 'text', name: 'signing_capacity' }) signingCapacity!: 'direct' | 'KT' | 'TL';
  @Column({ type: 'uuid', name: 'delegation_id', nullable: true }) delegationId!: string | null;
  @Column({ type: 'uuid', name: 'signed_for_id', nullable: true }) signedForId!: string | null;
  @Column({ type: 'text', name: 'signed_for_name', nullable: true }) signedForName!: string | null;
  @Column({ type: 'text', name: 'signer_name', nullable: true }) signerName!: string | null;
  @Column({ type: 'text', name: 'signature_heading', nullable: true }) signatureHeading!: string | null;
  @Column({ type: 'text', name: 'signature_title', nullable: true }) signatureTitle!: string | null;
}

@Entity('award_records')
export class AwardRecordEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'uuid', name: 'nomination_id' }) nominationId!: string;
  @Column({ type: 'text', name: 'award_code' }) awardCode!: string;
  @Column('int') year!: number;
  @Column('text') subject!: string;
  @Column({ type: 'text', name: 'nominee_name' }) nomineeName!: string;
  @Column({ type: 'text', name: 'nominee_search' }) nomineeSearch!: string;
  @Column({ type: 'uuid', name: 'unit_id' }) unitId!: string;
  @Column({ type: 'uuid', name: 'decision_id', nullable: true }) decisionId!: string | null;
  @Column({ type: 'text', name: 'decision_number' }) decisionNumber!: string;
  @Column({ type: 'timestamptz', name: 'awarded_at' }) awardedAt!: Date;
}
