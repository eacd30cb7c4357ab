import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { Locale, Role } from '@bc/shared/domain';
import { Organization } from './organization.entity';

@Entity('app_user')
export class User extends OrganizationRow {
  @ManyToOne(() => Organization) @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  /** Stored lower-cased; unique across the portal, since it is what a user signs in with. */
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { array: true, default: () => "'{}'" }) roles!: Role[];
  @Column('text', { default: Locale.EN }) locale!: Locale;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
