import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale, OrganizationKind } from '@bc/shared/domain';

@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: OrganizationKind;
  @Column('char', { length: 2, nullable: true }) country!: string | null;
  @Column('text', { name: 'default_locale', default: Locale.EN }) defaultLocale!: Locale;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
