import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RequirementCompliance, RequirementKind } from '@bc/shared/domain';

@ObjectType('RfqExchangeRate', { description: "A rate the buyer entered for a closed RFQ: the value of 1 unit of `currency` in the RFQ's currency" })
export class RfqExchangeRateType {
  @Field() currency!: string;
  @Field({ description: 'Decimal text, up to 8 places (e.g. "0.9231")' }) rate!: string;
  @Field() setAt!: Date;
  @Field(() => String, { nullable: true }) setByName!: string | null;
}

@ObjectType('ComparisonSupplier', { description: "A supplier's latest submitted revision as compared" })
export class ComparisonSupplierType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field({ description: 'The currency of the quote' }) currency!: string;
  @Field(() => String, { nullable: true, description: 'The rate used (1 unit of the quote currency in the RFQ currency); null when the quote is in the RFQ currency or no rate is entered' })
  rate!: string | null;
  @Field({ description: 'The quote is in another currency and no rate is entered for it' }) rateMissing!: boolean;
  @Field(() => String, { nullable: true, description: 'Σ of the quoted lines in the quote currency, 2 places' }) total!: string | null;
  @Field(() => String, { nullable: true, description: 'total in the RFQ currency (total × rate, 2 places half-up); null when the rate is missing' })
  totalConverted!: string | null;
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field() paymentTerms!: string;
  @Field() deliveryTerms!: string;
  @Field(() => String, { nullable: true }) supplierReference!: string | null;
  @Field(() => Int, { description: 'The compared (latest) revision' }) revision!: number;
  @Field() submittedAt!: Date;
  @Field({ description: "SHA-256 of the compared revision: the supplier's receipt" }) sha256!: string;
  @Field(() => Int, { description: 'Specification lines with a price' }) linesQuoted!: number;
  @Field({ description: 'Every specification line quoted at (at least) the requested quantity' }) complete!: boolean;
  @Field({ description: 'A must-have requirement is answered NOT_MET or not answered' }) mustHaveNotMet!: boolean;
  @Field(() => [ID], { description: 'The keys of those must-have requirements' }) mustHaveNotMetKeys!: string[];
}

@ObjectType('ComparisonAlternative')
export class ComparisonAlternativeType {
  @Field() description!: string;
  @Field() unitPrice!: string;
  @Field() quantity!: string;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field({ description: 'unitPrice × quantity in the quote currency, 2 places' }) total!: string;
  @Field(() => String, { nullable: true, description: 'total in the RFQ currency; null when the rate is missing' }) totalConverted!: string | null;
}

@ObjectType('ComparisonOffer', { description: "One supplier's offer for one line (in the order of the suppliers)" })
export class ComparisonOfferType {
  @Field(() => ID) invitationId!: string;
  @Field(() => String, { nullable: true, description: 'Null: the line is not quoted' }) unitPrice!: string | null;
  @Field(() => String, { nullable: true }) quantity!: string | null;
  @Field(() => String, { nullable: true, description: 'unitPrice × quantity in the quote currency, 2 places' }) lineTotal!: string | null;
  @Field(() => String, { nullable: true, description: 'lineTotal in the RFQ currency; null when not quoted or the rate is missing' }) lineTotalConverted!: string | null;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field() note!: string;
  @Field({ description: 'Quoted at (at least) the requested quantity' }) fullQuantity!: boolean;
  @Field({ description: 'The best value of the line (see ComparisonLine.bestDecided)' }) best!: boolean;
  @Field(() => [ComparisonAlternativeType]) alternatives!: ComparisonAlternativeType[];
}

@ObjectType('ComparisonLine', { description: 'A specification line with every supplier’s offer' })
export class ComparisonLineType {
  @Field(() => ID) key!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field({ description: 'The requested quantity' }) quantity!: string;
  @Field() unit!: string;
  @Field({
    description:
      'Best value rule: among the offers quoting at least the requested quantity, the lowest line total in the RFQ currency is best (ties: each). ' +
      'Alternatives and partial quantities are not ranked. False (nothing marked) when such an offer cannot be converted for a missing rate, or no offer quotes the full quantity.',
  })
  bestDecided!: boolean;
  @Field(() => [ComparisonOfferType]) offers!: ComparisonOfferType[];
}

@ObjectType('ComparisonAnswer')
export class ComparisonAnswerType {
  @Field(() => ID) invitationId!: string;
  @Field(() => RequirementCompliance, { nullable: true, description: 'Null: not answered' }) compliance!: RequirementCompliance | null;
  @Field() comment!: string;
  @Field({ description: 'A must-have requirement answered NOT_MET or not answered' }) mustHaveNotMet!: boolean;
}

@ObjectType('ComparisonRequirement')
export class ComparisonRequirementType {
  @Field(() => ID) key!: string;
  @Field(() => Int) position!: number;
  @Field() text!: string;
  @Field(() => RequirementKind) kind!: RequirementKind;
  @Field(() => Int, { nullable: true }) weight!: number | null;
  @Field(() => [ComparisonAnswerType], { description: 'In the order of the suppliers' }) answers!: ComparisonAnswerType[];
}

@ObjectType('RfqComparison', { description: 'Side by side: the latest submitted revision of every quote of a closed RFQ' })
export class RfqComparisonType {
  @Field(() => ID) rfqId!: string;
  @Field() reference!: string;
  @Field({ description: 'The RFQ (case) currency every amount is converted to' }) currency!: string;
  @Field(() => [RfqExchangeRateType]) exchangeRates!: RfqExchangeRateType[];
  @Field(() => [String], { description: 'Quote currencies without an entered rate: their amounts are not converted' }) missingRates!: string[];
  @Field({ description: 'Every supplier complete and every total converted: the totals compare like for like' }) complete!: boolean;
  @Field(() => [ComparisonSupplierType], { description: 'By supplier name' }) suppliers!: ComparisonSupplierType[];
  @Field(() => Int, { description: 'How many lines the comparison has: `lines` reads them a page at a time' }) lineCount!: number;
  /** The lines: in the schema a field with paging arguments (RfqComparisonLinesResolver). */
  lines!: ComparisonLineType[];
  @Field(() => [ComparisonRequirementType]) requirements!: ComparisonRequirementType[];
}
