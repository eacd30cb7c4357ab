import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '@bc/api/core';

/** An organization's purchasing rules; an organization without a row has the defaults. */
@Entity('purchasing_policy')
export class PurchasingPolicy {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer', { name: 'min_suppliers_new_task' }) minSuppliersNewTask!: number;
  @Column('integer', { name: 'min_suppliers_modified_rebuy' }) minSuppliersModifiedRebuy!: number;
  @Column('integer', { name: 'min_suppliers_straight_rebuy' }) minSuppliersStraightRebuy!: number;
  @Column('integer', { name: 'min_bidding_days_new_task' }) minBiddingDaysNewTask!: number;
  @Column('integer', { name: 'min_bidding_days_modified_rebuy' }) minBiddingDaysModifiedRebuy!: number;
  @Column('integer', { name: 'min_bidding_days_straight_rebuy' }) minBiddingDaysStraightRebuy!: number;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @UpdatedAtColumn() updatedAt!: Date;
}
