import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A code of the EU Common Procurement Vocabulary (CPV 2008); reference data, loaded by the migration. */
@Entity('cpv_code')
export class CpvCode {
  /** With check digit: `45112000-5`. */
  @PrimaryColumn('char', { length: 10 }) code!: string;
  @Column('text') label!: string;
  /** The official German label. */
  @Column('text', { name: 'label_de' }) labelDe!: string;
  /** The digits without trailing zeros (at least 2): `45112`. A code's sub-codes start with it. */
  @Column('text') prefix!: string;
  /** 1 division, 2 group, 3 class, 4 category, 5–7 finer. */
  @Column('smallint') level!: number;
  @Column('char', { name: 'parent_code', length: 10, nullable: true }) parentCode!: string | null;
}
