import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') username!: string;
  @Column({ type: 'text', name: 'full_name' }) fullName!: string;
  @Column({ type: 'uuid', name: 'unit_id' }) unitId!: string;
  @Column('text', { array: true }) roles!: string[];
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', name: 'signer_authority', nullable: true }) signerAuthority!: string | null;
  /** False once deactivated: no sign-in, no council seat; the row stays for history. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
