import { KeysetPageType } from '@bc/api/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificateFilter, PerformanceEventKind, QualificationStatus } from '@bc/shared/domain';
import { StoredFileType } from '@bc/api/files';

registerEnumType(QualificationStatus, { name: 'QualificationStatus', description: "A supplier's standing in the directory" });
registerEnumType(PerformanceEventKind, { name: 'PerformanceEventKind' });
registerEnumType(CertificateFilter, { name: 'CertificateFilter', description: 'Certificate validity, as a directory filter' });

@ObjectType('CpvCode', { description: 'A code of the EU Common Procurement Vocabulary (CPV 2008)' })
export class CpvCodeType {
  @Field({ description: 'With check digit, e.g. 45112000-5' }) code!: string;
  @Field({ description: 'The English label' }) label!: string;
  @Field({ description: 'The official German label' }) labelDe!: string;
  @Field({ description: 'The digits without trailing zeros; sub-codes start with it' }) prefix!: string;
  @Field(() => Int, { description: '1 division, 2 group, 3 class, 4 category, 5-7 finer' }) level!: number;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
}

@ObjectType('SupplierContact')
export class SupplierContactType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) position!: string | null;
}

@ObjectType('Certificate')
export class CertificateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none = does not expire' }) validUntil!: string | null;
  @Field({ description: 'validUntil is before today (server date)' }) expired!: boolean;
  @Field(() => StoredFileType, { nullable: true }) file?: StoredFileType | null;
  /** For the batched `file` field. */
  fileId!: string | null;
}

@ObjectType('SupplierDocument')
export class SupplierDocumentType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => StoredFileType, { nullable: true, description: 'Null only if the file is gone' }) file?: StoredFileType | null;
  @Field() createdAt!: Date;
  fileId!: string;
}

@ObjectType('SupplierNote')
export class SupplierNoteType {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field() createdAt!: Date;
}

@ObjectType('PerformanceEvent')
export class PerformanceEventType {
  @Field(() => ID) id!: string;
  @Field(() => PerformanceEventKind) kind!: PerformanceEventKind;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => Boolean, { nullable: true, description: 'Deliveries only' }) onTime!: boolean | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('Reliability', {
  description:
    'From the performance events of the last 3 years: score = 100 x on-time rate - 10 per quality incident, clamped to 0..100; ' +
    'null without a delivery or incident in that window',
})
export class ReliabilityType {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'On-time deliveries / deliveries, 0..1' }) onTimeRate!: number | null;
  @Field(() => Int) deliveries!: number;
  @Field(() => Int) lateDeliveries!: number;
  @Field(() => Int) qualityIncidents!: number;
  @Field(() => Int) awards!: number;
}

@ObjectType('Supplier')
export class SupplierType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [String]) tags!: string[];
  @Field(() => QualificationStatus) qualificationStatus!: QualificationStatus;
  @Field(() => String, { nullable: true }) blockedReason!: string | null;
  @Field({ description: 'At least one certificate has expired' }) hasExpiredCertificate!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  /** Resolved fields (batched): categories, contacts, certificates, documents, notes, reliability, performanceEvents, portalOrganization. */
  cpvCodes!: string[];
  portalOrganizationId!: string | null;
  reliabilityScore!: number | null;
}

@ObjectType('SupplierPage', { implements: () => [KeysetPageType] })
export class SupplierPage extends KeysetPageType {
  @Field(() => [SupplierType]) items!: SupplierType[];
}

@ObjectType('RejectedRow', { description: 'A CSV row the import refused, and why' })
export class RejectedRowType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field({ description: 'The column at fault, or "row" / "file"' }) field!: string;
  @Field({ description: 'A stable reason code, e.g. REQUIRED, UNKNOWN_CPV_CODE, DUPLICATE' }) code!: string;
  @Field() message!: string;
}

@ObjectType('SupplierImportReport')
export class SupplierImportReportType {
  @Field(() => Int, { description: 'Data rows in the file' }) totalRows!: number;
  @Field(() => Int, { description: 'Suppliers written' }) imported!: number;
  @Field(() => [RejectedRowType]) rejected!: RejectedRowType[];
  @Field({ description: 'Whether anything was written' }) written!: boolean;
}
