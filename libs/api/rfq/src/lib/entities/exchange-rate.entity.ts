import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The value of 1 unit of `currency` in the RFQ's currency, entered by the buyer for the comparison of a closed RFQ. */
@Entity('rfq_exchange_rate')
export class RfqExchangeRate {
  @PrimaryColumn('uuid', { name: 'rfq_id' }) rfqId!: string;
  @PrimaryColumn('char', { length: 3 }) currency!: string;
  /** numeric(18,8), read as its decimal text (e.g. `0.92310000`). */
  @Column('numeric', { precision: 18, scale: 8 }) rate!: string;
  @Column('uuid', { name: 'set_by' }) setBy!: string;
  @Column('timestamptz', { name: 'set_at', default: () => 'now()' }) setAt!: Date;
}
