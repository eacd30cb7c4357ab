import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, UuidRow } from '@bc/api/core';
import { Locale, OrganizationKind } from '@bc/shared/domain';

@Entity('organization')
export class Organization extends UuidRow {
  @Column('text') name!: string;
  @Column('text') kind!: OrganizationKind;
  @Column('char', { length: 2, nullable: true }) country!: string | null;
  @Column('text', { name: 'default_locale', default: Locale.EN }) defaultLocale!: Locale;
  @CreatedAtColumn() createdAt!: Date;
}
