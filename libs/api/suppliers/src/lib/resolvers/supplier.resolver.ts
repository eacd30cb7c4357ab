import { Args, ID, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { OrganizationType, toOrganizationType } from '@bc/api/identity';
import { Permission, QualificationStatus } from '@bc/shared/domain';
import {
  CertificateInput,
  CreateSupplierInput,
  PortalAccountsArgs,
  RecordPerformanceInput,
  SupplierContactInput,
  SupplierDocumentInput,
  SuppliersArgs,
  UpdateSupplierInput,
} from '../dto/supplier.inputs';
import {
  CertificateType,
  CpvCodeType,
  PerformanceEventType,
  ReliabilityType,
  SupplierContactType,
  SupplierDocumentType,
  SupplierNoteType,
  SupplierPage,
  SupplierType,
} from '../dto/supplier.types';
import {
  toCertificateType,
  toContactType,
  toCpvCodeType,
  toDocumentType,
  toNoteType,
  toPerformanceEventType,
  toSupplierType,
} from '../dto/mappers';
import { onTimeRate, reliabilityScore } from '../services/reliability';
import { SupplierDirectoryService } from '../services/supplier-directory.service';
import { SupplierLoaderFactory } from '../services/supplier-loaders';
import { SupplierSearchService } from '../services/supplier-search.service';
import { SupplierService } from '../services/supplier.service';
import { Supplier } from '../entities/supplier.entity';

@Resolver(() => SupplierType)
export class SupplierResolver {
  constructor(
    private readonly supplierService: SupplierService,
    private readonly directory: SupplierDirectoryService,
    private readonly searchService: SupplierSearchService,
    private readonly loaders: SupplierLoaderFactory,
  ) {}

  private async shown(ctx: RequestContext, supplier: Supplier): Promise<SupplierType> {
    return toSupplierType(await this.supplierService.view(ctx, supplier.id));
  }

  @AllowedQuery(() => SupplierPage, Permission.SUPPLIER_READ, { description: "The organization's supplier directory: filtered, by rank when searching, else by name" })
  async suppliers(@Ctx() ctx: RequestContext, @Args() args: SuppliersArgs): Promise<SupplierPage> {
    const page = await this.searchService.search(ctx, args.filter ?? {}, args);
    return { ...page, items: page.items.map(toSupplierType) };
  }

  @AllowedQuery(() => SupplierType, Permission.SUPPLIER_READ)
  async supplier(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<SupplierType> {
    return toSupplierType(await this.supplierService.view(ctx, id));
  }

  @AllowedQuery(() => [OrganizationType], Permission.SUPPLIER_MANAGE, { description: 'Supplier companies with a portal account, by name, to link to a directory entry (linkSupplierPortal)' })
  async supplierPortalAccounts(@Ctx() ctx: RequestContext, @Args() args: PortalAccountsArgs): Promise<OrganizationType[]> {
    return (await this.directory.findPortalAccounts(ctx, args.search, args.limit)).map(toOrganizationType);
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async createSupplier(@Ctx() ctx: RequestContext, @Args('input') input: CreateSupplierInput): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.create(ctx, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE, { description: 'Changes the fields given' })
  async updateSupplier(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('input') input: UpdateSupplierInput,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.update(ctx, id, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE, { description: 'PROSPECT, QUALIFIED or APPROVED (blocking is blockSupplier)' })
  async setSupplierQualification(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('status', { type: () => QualificationStatus }) status: QualificationStatus,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.setQualification(ctx, id, status));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_BLOCK)
  async blockSupplier(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('reason') reason: string): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.block(ctx, id, reason));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_BLOCK, { description: 'Lifts the block; the supplier returns to its status before' })
  async unblockSupplier(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.unblock(ctx, id));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async addSupplierContact(
    @Ctx() ctx: RequestContext,
    @IdArg('supplierId') supplierId: string,
    @Args('input') input: SupplierContactInput,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.addContact(ctx, supplierId, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async removeSupplierContact(@Ctx() ctx: RequestContext, @IdArg('contactId') contactId: string): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.removeContact(ctx, contactId));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async addCertificate(
    @Ctx() ctx: RequestContext,
    @IdArg('supplierId') supplierId: string,
    @Args('input') input: CertificateInput,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.addCertificate(ctx, supplierId, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async removeCertificate(@Ctx() ctx: RequestContext, @IdArg('certificateId') certificateId: string): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.removeCertificate(ctx, certificateId));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async addSupplierDocument(
    @Ctx() ctx: RequestContext,
    @IdArg('supplierId') supplierId: string,
    @Args('input') input: SupplierDocumentInput,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.addDocument(ctx, supplierId, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE)
  async removeSupplierDocument(@Ctx() ctx: RequestContext, @IdArg('documentId') documentId: string): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.removeDocument(ctx, documentId));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_NOTE)
  async addSupplierNote(
    @Ctx() ctx: RequestContext,
    @IdArg('supplierId') supplierId: string,
    @Args('body') body: string,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.addNote(ctx, supplierId, body));
  }

  @AllowedMutation(() => SupplierType, Permission.PERFORMANCE_RECORD, { description: 'Appends a performance event; the reliability score follows in the same transaction' })
  async recordPerformance(@Ctx() ctx: RequestContext, @Args('input') input: RecordPerformanceInput): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.recordPerformance(ctx, input));
  }

  @AllowedMutation(() => SupplierType, Permission.SUPPLIER_MANAGE, { description: "Links the supplier company's portal account (an organization of kind SUPPLIER); null unlinks" })
  async linkSupplierPortal(
    @Ctx() ctx: RequestContext,
    @IdArg('supplierId') supplierId: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ): Promise<SupplierType> {
    return this.shown(ctx, await this.directory.linkPortal(ctx, supplierId, organizationId));
  }

  @ResolveField(() => [CpvCodeType])
  async categories(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<CpvCodeType[]> {
    const codes = await this.loaders.for(ctx).cpv.loadMany(s.cpvCodes);
    return codes.flatMap((c) => (c && !(c instanceof Error) ? [toCpvCodeType(c)] : []));
  }

  @ResolveField(() => [SupplierContactType])
  async contacts(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierContactType[]> {
    return (await this.loaders.for(ctx).contacts.load(s.id)).map(toContactType);
  }

  @ResolveField(() => [CertificateType])
  async certificates(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<CertificateType[]> {
    return (await this.loaders.for(ctx).certificates.load(s.id)).map(toCertificateType);
  }

  @ResolveField(() => [SupplierDocumentType])
  async documents(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierDocumentType[]> {
    return (await this.loaders.for(ctx).documents.load(s.id)).map(toDocumentType);
  }

  @ResolveField(() => [SupplierNoteType], { description: 'Newest first' })
  async notes(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierNoteType[]> {
    return (await this.loaders.for(ctx).notes.load(s.id)).map(toNoteType);
  }

  @ResolveField(() => [PerformanceEventType], { description: 'Newest first' })
  async performanceEvents(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<PerformanceEventType[]> {
    return (await this.loaders.for(ctx).performance.load(s.id)).map(toPerformanceEventType);
  }

  @ResolveField(() => ReliabilityType)
  async reliability(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<ReliabilityType> {
    const counts = await this.loaders.for(ctx).counts.load(s.id);
    return { ...counts, score: reliabilityScore(counts), onTimeRate: onTimeRate(counts) };
  }

  @ResolveField(() => OrganizationType, { nullable: true, description: "The supplier company's portal account, once linked" })
  async portalOrganization(s: SupplierType, _args: unknown, { ctx }: GraphQLContext): Promise<OrganizationType | null> {
    if (!s.portalOrganizationId) return null;
    const org = await this.loaders.for(ctx).organizations.load(s.portalOrganizationId);
    return org ? toOrganizationType(org) : null;
  }
}
