import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Locale, Role } from '@bc/shared/domain';
import { Organization } from './organization.entity';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @ManyToOne(() => Organization) @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  /** Stored lower-cased; unique across the portal, since it is what a user signs in with. */
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { array: true, default: () => "'{}'" }) roles!: Role[];
  @Column('text', { default: Locale.EN }) locale!: Locale;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
