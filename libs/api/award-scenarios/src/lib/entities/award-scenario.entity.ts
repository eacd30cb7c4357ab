import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow, UpdatedAtColumn } from '@bc/api/core';
import type { LineGroup, RulePrice, ScenarioResult, ScenarioRule } from '@bc/api/award-optimizer';

/** Where a scenario comes from: the buyer's own, or one of the built-ins (stored only once an award is proposed from it). */
export enum AwardScenarioKind {
  CUSTOM = 'CUSTOM',
  BEST_PRICE_PER_LINE = 'BEST_PRICE_PER_LINE',
  SINGLE_SUPPLIER = 'SINGLE_SUPPLIER',
  AS_PROPOSED = 'AS_PROPOSED',
}

export enum AwardScenarioObjective {
  MIN_COST = 'MIN_COST',
  MAX_SCORE = 'MAX_SCORE',
}

/** UNSOLVED until solved; then the optimizer's status (EVALUATED: a given allocation, "as proposed"). */
export enum AwardScenarioStatus {
  UNSOLVED = 'UNSOLVED',
  OPTIMAL = 'OPTIMAL',
  TIME_LIMIT = 'TIME_LIMIT',
  INFEASIBLE = 'INFEASIBLE',
  EVALUATED = 'EVALUATED',
}

/** What a solve stores: the optimizer's result and the price of each rule. */
export interface StoredScenarioResult {
  result: ScenarioResult;
  rulePrices: RulePrice[];
}

/**
 * A buyer's award scenario on a closed RFQ: an objective, line groups and rules in the optimizer's
 * own terms (suppliers by invitation id, lines by specification line key), and the result of its
 * last solve with the fingerprint of the inputs it was solved on. Numeric columns come back as strings.
 */
@Entity('award_scenario')
export class AwardScenario extends OrganizationRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('text') name!: string;
  @Column('text') kind!: AwardScenarioKind;
  @Column('text') objective!: AwardScenarioObjective;
  @Column('numeric', { precision: 18, scale: 2, nullable: true }) budget!: string | null;
  @Column('jsonb', { name: 'line_groups', default: () => `'[]'::jsonb` }) lineGroups!: LineGroup[];
  @Column('jsonb', { default: () => `'[]'::jsonb` }) rules!: ScenarioRule[];
  @Column('text') status!: AwardScenarioStatus;
  @Column('jsonb', { nullable: true }) result!: StoredScenarioResult | null;
  @Column('char', { name: 'inputs_fingerprint', length: 64, nullable: true }) inputsFingerprint!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
  @Column('uuid', { name: 'solved_by', nullable: true }) solvedBy!: string | null;
  @Column('timestamptz', { name: 'solved_at', nullable: true }) solvedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}

export const AWARD_SCENARIO_ENTITIES = [AwardScenario];
