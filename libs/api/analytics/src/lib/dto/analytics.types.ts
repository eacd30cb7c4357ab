import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseStage, ImportanceClass, PurchaseType } from '@bc/shared/domain';

/* Money is decimal text in the organization's reporting currency (`currency`); durations are days. */

@ObjectType({ description: 'When the figures were last computed, and in which currency totals are' })
export class AnalyticsMeta {
  @Field(() => Date, { nullable: true, description: 'When the analytics facts were last refreshed (null: not yet)' }) refreshedAt!: Date | null;
  @Field({ description: "The organization's reporting currency" }) currency!: string;
  @Field({ description: 'First day of the period (YYYY-MM-DD)' }) from!: string;
  @Field({ description: 'Last day of the period (YYYY-MM-DD)' }) to!: string;
}

@ObjectType()
export class Spread {
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p90!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class StageSpread {
  @Field(() => CaseStage) stage!: CaseStage;
  @Field(() => Spread) days!: Spread;
}

@ObjectType()
export class CycleTimeGroup {
  @Field({ description: 'The drill-down key (e.g. PURCHASE_TYPE:NEW_TASK, MONTH:2026-03)' }) key!: string;
  @Field({ description: 'The value grouped by: a purchase type, importance class, CPV code or month' }) value!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, { nullable: true }) labelDe!: string | null;
  @Field(() => Int) cases!: number;
  @Field(() => Spread, { description: 'Case opened → awarded' }) endToEnd!: Spread;
  @Field(() => [StageSpread], { description: 'Time spent in each stage (all its visits)' }) stages!: StageSpread[];
}

@ObjectType()
export class CycleTimeChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [CycleTimeGroup]) groups!: CycleTimeGroup[];
}

@ObjectType({ description: 'The rate an amount was converted with: 1 unit of the reporting currency = rate units of the RFQ currency' })
export class ConversionRate {
  @Field() rfqCurrency!: string;
  @Field(() => String, { nullable: true, description: 'null: the RFQ is in the reporting currency (no conversion)' }) rate!: string | null;
  @Field(() => Int) cases!: number;
}

@ObjectType()
export class SavingsMeasure {
  @Field({ description: 'FIRST_BEST, ESTIMATE or LAST_PRICE (the drill-down key)' }) key!: string;
  @Field(() => Int, { description: 'Awarded cases the measure counts' }) cases!: number;
  @Field({ description: 'Σ baseline (first-round best quote, estimate or last price paid)' }) baseline!: string;
  @Field({ description: 'Σ awarded totals of the same cases' }) awarded!: string;
  @Field({ description: 'baseline − awarded' }) savings!: string;
  @Field(() => Float, { nullable: true, description: 'savings / baseline, percent' }) percent!: number | null;
}

@ObjectType()
export class SavingsChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [SavingsMeasure]) measures!: SavingsMeasure[];
  @Field(() => [ConversionRate]) conversions!: ConversionRate[];
  @Field(() => Int, { description: 'Awarded cases left out: their RFQ has no rate for the reporting currency' }) withoutRate!: number;
}

@ObjectType()
export class SingleSourceCase {
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) justification!: string | null;
}

@ObjectType()
export class CompetitionChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => Int, { description: 'RFQs closed in the period (drill-down key RFQS)' }) rfqs!: number;
  @Field(() => Int) invitations!: number;
  @Field(() => Int, { description: 'Invitations answered with a submitted quote' }) responses!: number;
  @Field(() => Float, { nullable: true }) responseRate!: number | null;
  @Field(() => Float, { nullable: true }) quotesPerRfq!: number | null;
  @Field(() => Int, { description: 'RFQs sent to one supplier (drill-down key SINGLE_SOURCE)' }) singleSource!: number;
  @Field(() => Float, { nullable: true }) singleSourceShare!: number | null;
  @Field(() => [SingleSourceCase]) singleSourceCases!: SingleSourceCase[];
}

@ObjectType()
export class SupplierWinRate {
  @Field(() => ID, { description: 'The drill-down key' }) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => Int) invitations!: number;
  @Field(() => Int) responses!: number;
  @Field(() => Int) wins!: number;
  @Field(() => Float, { nullable: true }) responseRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'wins / responses, percent' }) winRate!: number | null;
  @Field({ description: 'Awarded value' }) awarded!: string;
}

@ObjectType()
export class WinRateChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [SupplierWinRate]) suppliers!: SupplierWinRate[];
}

@ObjectType()
export class CategorySpend {
  @Field({ description: 'The CPV group (the drill-down key)' }) code!: string;
  @Field() label!: string;
  @Field() labelDe!: string;
  @Field({ description: 'Its CPV division (the treemap parent)' }) divisionCode!: string;
  @Field() divisionLabel!: string;
  @Field() divisionLabelDe!: string;
  @Field() spend!: string;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field(() => Int) cases!: number;
}

@ObjectType()
export class SpendChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field() total!: string;
  @Field(() => [CategorySpend]) categories!: CategorySpend[];
  @Field(() => Int, { description: 'Awarded cases without a category' }) uncategorized!: number;
}

@ObjectType()
export class CategoryConcentration {
  @Field() code!: string;
  @Field() label!: string;
  @Field() labelDe!: string;
  @Field() spend!: string;
  @Field(() => Int) suppliers!: number;
  @Field(() => Float, { nullable: true, description: 'Share of the 5 largest suppliers, percent' }) top5Share!: number | null;
  @Field(() => Float, { nullable: true, description: 'Herfindahl-Hirschman index, 0–10 000' }) hhi!: number | null;
}

@ObjectType()
export class ConcentrationChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [CategoryConcentration]) categories!: CategoryConcentration[];
}

@ObjectType()
export class SupplierSpend {
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field() spend!: string;
}

@ObjectType()
export class TailSpendChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field() total!: string;
  @Field(() => Int) suppliers!: number;
  @Field(() => Int, { description: 'Suppliers in the tail (drill-down key TAIL)' }) tailSuppliers!: number;
  @Field() tailSpend!: string;
  @Field(() => Float, { nullable: true }) tailShare!: number | null;
  @Field(() => Float, { description: 'The tail: the smallest suppliers that together make up at most this percent of spend' }) tailPercent!: number;
  @Field(() => [SupplierSpend]) tail!: SupplierSpend[];
}

@ObjectType()
export class ApprovalStepLeadTime {
  @Field({ description: 'Step number and role, e.g. 1:DECIDER (the drill-down key)' }) key!: string;
  @Field(() => Int, { description: '1-based' }) step!: number;
  @Field() role!: string;
  @Field(() => Spread) days!: Spread;
}

@ObjectType()
export class ApprovalLeadTimeChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [ApprovalStepLeadTime]) steps!: ApprovalStepLeadTime[];
}

@ObjectType()
export class DeliveryMonth {
  @Field({ description: 'YYYY-MM (the drill-down key)' }) month!: string;
  @Field(() => Int) deliveries!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
  @Field(() => Int) qualityIncidents!: number;
}

@ObjectType()
export class DeliveryChart {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => [DeliveryMonth]) months!: DeliveryMonth[];
}

@ObjectType()
export class ImportanceCount {
  @Field(() => ImportanceClass) importance!: ImportanceClass;
  @Field(() => Int) cases!: number;
}

@ObjectType()
export class KraljicCategory {
  @Field({ description: 'The CPV group (the drill-down key)' }) code!: string;
  @Field() label!: string;
  @Field() labelDe!: string;
  @Field() spend!: string;
  @Field(() => Float, { description: 'Profit impact: share of the spend, percent' }) spendShare!: number;
  @Field(() => Int) qualifiedSuppliers!: number;
  @Field(() => Float, { nullable: true }) singleSourceShare!: number | null;
  @Field(() => Float, { nullable: true }) hhi!: number | null;
  @Field(() => Float, { description: 'Supply risk, 0–100' }) supplyRisk!: number;
  @Field(() => ImportanceClass, { description: 'The quadrant the data puts the category in' }) quadrant!: ImportanceClass;
  @Field(() => Int) cases!: number;
  @Field(() => [ImportanceCount], { description: 'The importance classes chosen on its cases' }) chosen!: ImportanceCount[];
  @Field(() => Int, { description: 'Cases whose chosen class is not the quadrant' }) disagreeing!: number;
  @Field() explanation!: string;
}

@ObjectType()
export class KraljicThresholds {
  @Field(() => Float, { description: 'Profit impact is high from this share of spend (percent)' }) highImpactShare!: number;
  @Field(() => Float, { description: 'Supply risk is high from this score' }) highRisk!: number;
}

@ObjectType()
export class KraljicMatrix {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => KraljicThresholds) thresholds!: KraljicThresholds;
  @Field(() => [KraljicCategory]) categories!: KraljicCategory[];
}

@ObjectType({ description: 'A suggestion only: the buyer chooses the class' })
export class ImportanceSuggestion {
  @Field() category!: string;
  @Field(() => String, { nullable: true, description: 'The CPV group the suggestion is made for' }) group!: string | null;
  @Field(() => ImportanceClass, { nullable: true, description: 'null: no spend in that category in the last year to go by' }) suggested!: ImportanceClass | null;
  @Field() explanation!: string;
  @Field(() => KraljicCategory, { nullable: true }) figures!: KraljicCategory | null;
}

@ObjectType({ description: 'A case behind a point of a chart' })
export class AnalyticsCase {
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => CaseStage) stage!: CaseStage;
  @Field(() => PurchaseType) purchaseType!: PurchaseType;
  @Field(() => ImportanceClass) importance!: ImportanceClass;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => Date, { nullable: true }) awardedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Awarded total in the RFQ currency' }) awardedTotal!: string | null;
  @Field(() => String, { nullable: true }) rfqCurrency!: string | null;
  @Field(() => String, { nullable: true, description: 'The rate used: 1 reporting currency = rate RFQ currency (null: same currency)' }) rate!: string | null;
  @Field(() => String, { nullable: true, description: 'Awarded total in the reporting currency' }) awarded!: string | null;
}

@ObjectType()
export class AnalyticsDrillDown {
  @Field(() => AnalyticsMeta) meta!: AnalyticsMeta;
  @Field(() => Int) total!: number;
  @Field(() => [AnalyticsCase]) cases!: AnalyticsCase[];
}
