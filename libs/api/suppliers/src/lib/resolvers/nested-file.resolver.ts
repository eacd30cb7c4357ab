import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@bc/api/core';
import { StoredFileType, toStoredFileType } from '@bc/api/files';
import { CertificateType, SupplierDocumentType } from '../dto/supplier.types';
import { SupplierLoaderFactory } from '../services/supplier-loaders';

@Resolver(() => CertificateType)
export class CertificateResolver {
  constructor(private readonly loaders: SupplierLoaderFactory) {}

  @ResolveField(() => StoredFileType, { nullable: true })
  async file(c: CertificateType, _args: unknown, { ctx }: GraphQLContext): Promise<StoredFileType | null> {
    if (!c.fileId) return null;
    const file = await this.loaders.for(ctx).files.load(c.fileId);
    return file ? toStoredFileType(file) : null;
  }
}

@Resolver(() => SupplierDocumentType)
export class SupplierDocumentResolver {
  constructor(private readonly loaders: SupplierLoaderFactory) {}

  @ResolveField(() => StoredFileType, { nullable: true })
  async file(d: SupplierDocumentType, _args: unknown, { ctx }: GraphQLContext): Promise<StoredFileType | null> {
    const file = await this.loaders.for(ctx).files.load(d.fileId);
    return file ? toStoredFileType(file) : null;
  }
}
