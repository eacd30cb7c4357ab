import { Injectable, inject, signal } from '@angular/core';
import {
  ApproveSpecificationGQL,
  CaseFieldsFragment,
  dataOf,
  FileUploadService,
  PurchaseCaseGQL,
  SaveSpecificationGQL,
  SaveSpecificationInput,
  SpecificationDiffGQL,
  SpecificationVersionGQL,
  SpecVersionFieldsFragment,
  UploadedFile,
} from '@bc/web/data-access';
import { SpecDiff } from './spec-diff-view';

/**
 * The specification page's data: the case with its specification and versions; saving a new
 * version, approving one, reading an earlier one, the differences between two, and uploading an
 * attachment. Each call throws the API's error: the page places it at the field it names.
 * Provided by the page.
 */
@Injectable()
export class SpecificationFacade {
  private readonly caseGql = inject(PurchaseCaseGQL);
  private readonly saveGql = inject(SaveSpecificationGQL);
  private readonly approveGql = inject(ApproveSpecificationGQL);
  private readonly diffGql = inject(SpecificationDiffGQL);
  private readonly versionGql = inject(SpecificationVersionGQL);
  private readonly uploads = inject(FileUploadService);

  readonly purchaseCase = signal<CaseFieldsFragment | null>(null);

  async load(id: string): Promise<CaseFieldsFragment> {
    const c = (await dataOf(this.caseGql.fetch({ variables: { id } }))).purchaseCase;
    this.purchaseCase.set(c);
    return c;
  }

  async save(caseId: string, input: SaveSpecificationInput): Promise<{ version: number }> {
    return (await dataOf(this.saveGql.mutate({ variables: { caseId, input } }))).saveSpecification;
  }

  async approve(versionId: string): Promise<void> {
    await dataOf(this.approveGql.mutate({ variables: { versionId } }));
  }

  async version(id: string): Promise<SpecVersionFieldsFragment> {
    return (await dataOf(this.versionGql.fetch({ variables: { id } }))).specificationVersion;
  }

  async diff(fromVersionId: string, toVersionId: string): Promise<SpecDiff> {
    return (await dataOf(this.diffGql.fetch({ variables: { fromVersionId, toVersionId } }))).specificationDiff;
  }

  upload(file: File): Promise<UploadedFile> {
    return this.uploads.upload(file);
  }
}
