import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@bc/api/core';
import { StoredFileType, toStoredFileType } from '@bc/api/files';
import { CertificateType, SupplierDocumentType } from '../dto/supplier.types';
import { SupplierLoaderFactory } from '../services/supplier-loaders';

@Resolver(() => CertificateType)
export class CertificateResolver {
  constructor(private readonly loaders: SupplierLoaderFactory) {}

  @ResolveField(() => StoredFileType, { nullable: true })
  async file(@Ctx() ctx: RequestContext, @Parent() c: CertificateType): Promise<StoredFileType | null> {
    if (!c.fileId) return null;
    const file = await this.loaders.for(ctx).files.load(c.fileId);
    return file ? toStoredFileType(file) : null;
  }
}

@Resolver(() => SupplierDocumentType)
export class SupplierDocumentResolver {
  constructor(private readonly loaders: SupplierLoaderFactory) {}

  @ResolveField(() => StoredFileType, { nullable: true })
  async file(@Ctx() ctx: RequestContext, @Parent() d: SupplierDocumentType): Promise<StoredFileType | null> {
    const file = await this.loaders.for(ctx).files.load(d.fileId);
    return file ? toStoredFileType(file) : null;
  }
}
