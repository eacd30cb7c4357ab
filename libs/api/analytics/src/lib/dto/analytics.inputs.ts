import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ImportanceClass, PurchaseType } from '@bc/shared/domain';

/** The charts of the analytics page; a drill-down names one with the key of a point. */
export enum AnalyticsChart {
  CYCLE_TIME = 'CYCLE_TIME',
  SAVINGS = 'SAVINGS',
  COMPETITION = 'COMPETITION',
  WIN_RATE = 'WIN_RATE',
  SPEND_BY_CATEGORY = 'SPEND_BY_CATEGORY',
  CONCENTRATION = 'CONCENTRATION',
  TAIL_SPEND = 'TAIL_SPEND',
  APPROVAL_LEAD_TIME = 'APPROVAL_LEAD_TIME',
  DELIVERY = 'DELIVERY',
  KRALJIC = 'KRALJIC',
}
registerEnumType(AnalyticsChart, { name: 'AnalyticsChart', description: 'A chart of the analytics page' });

/** How cycle times are grouped. */
export enum CycleTimeDimension {
  PURCHASE_TYPE = 'PURCHASE_TYPE',
  IMPORTANCE = 'IMPORTANCE',
  CATEGORY = 'CATEGORY',
  MONTH = 'MONTH',
}
registerEnumType(CycleTimeDimension, { name: 'CycleTimeDimension', description: 'How cycle times are grouped (MONTH: the trend, by the month of the award)' });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CPV = /^\d{8}-\d$/;

@InputType({ description: 'What every analytics query is narrowed to. Dates are days in the display time zone; the period holds both days.' })
export class AnalyticsFilter {
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); default: a year before `to`' })
  @IsOptional() @Matches(DAY, { message: 'A day is written YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); default: today' })
  @IsOptional() @Matches(DAY, { message: 'A day is written YYYY-MM-DD' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'A CPV code (e.g. 30200000-1): cases in that category and below it' })
  @IsOptional() @Matches(CPV, { message: 'A CPV code is written 12345678-9' }) category?: string | null;
  @Field(() => [PurchaseType], { nullable: true }) @IsOptional() @ArrayMaxSize(3) @IsEnum(PurchaseType, { each: true }) purchaseTypes?: PurchaseType[] | null;
  @Field(() => [ImportanceClass], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @IsEnum(ImportanceClass, { each: true }) importances?: ImportanceClass[] | null;
  @Field(() => ID, { nullable: true, description: "A buyer of the organization: cases they opened or are a buyer on the team of" })
  @IsOptional() @IsUUID('all', { message: 'A buyer is named by their user id' }) buyerId?: string | null;
}

@ArgsType()
export class AnalyticsArgs {
  @Field(() => AnalyticsFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AnalyticsFilter) filter?: AnalyticsFilter | null;
}

@ArgsType()
export class CycleTimeArgs extends AnalyticsArgs {
  @Field(() => CycleTimeDimension, { defaultValue: CycleTimeDimension.PURCHASE_TYPE }) @IsEnum(CycleTimeDimension) dimension: CycleTimeDimension = CycleTimeDimension.PURCHASE_TYPE;
}

@ArgsType()
export class WinRateArgs extends AnalyticsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'The suppliers with the most invitations first' }) @IsInt() @Min(1) @Max(500) limit = 50;
}

@ArgsType()
export class DrillDownArgs extends AnalyticsArgs {
  @Field(() => AnalyticsChart) @IsEnum(AnalyticsChart) chart!: AnalyticsChart;
  @Field({ description: 'The key of the point, as the chart returned it (e.g. PURCHASE_TYPE:NEW_TASK, FIRST_BEST, a supplier id, a CPV code, 2026-03)' })
  @IsString() @Matches(/^[A-Za-z0-9_:.-]{1,80}$/, { message: 'A point key is the key a chart returned' }) key!: string;
  @Field(() => Int, { defaultValue: 200 }) @IsInt() @Min(1) @Max(1000) limit = 200;
}

@ArgsType()
export class SuggestImportanceArgs {
  @Field({ description: 'The CPV code of the new case' }) @Matches(CPV, { message: 'A CPV code is written 12345678-9' }) category!: string;
}

@ArgsType()
export class ScorecardArgs {
  @Field(() => ID, { description: 'A supplier of your directory' }) @IsString() supplierId!: string;
  @Field(() => AnalyticsFilter, { nullable: true, description: 'As on the analytics page: the period (default the last year) and case filters' })
  @IsOptional() @ValidateNested() @Type(() => AnalyticsFilter) filter?: AnalyticsFilter | null;
}

@InputType({ description: 'The period of a scorecard (days in the display time zone, both included)' })
export class ScorecardPeriod {
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); default: a year before `to`' })
  @IsOptional() @Matches(DAY, { message: 'A day is written YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); default: today' })
  @IsOptional() @Matches(DAY, { message: 'A day is written YYYY-MM-DD' }) to?: string | null;
}

@ArgsType()
export class MyScorecardsArgs {
  @Field(() => ScorecardPeriod, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ScorecardPeriod) period?: ScorecardPeriod | null;
}

