import { Injectable, inject, signal } from '@angular/core';
import {
  Api,
  ApproveSpecificationGQL,
  CaseFieldsFragment,
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
  private readonly api = inject(Api);
  private readonly uploads = inject(FileUploadService);

  readonly purchaseCase = signal<CaseFieldsFragment | null>(null);

  async load(id: string): Promise<CaseFieldsFragment> {
    const c = (await this.api.read(PurchaseCaseGQL, { id })).purchaseCase;
    this.purchaseCase.set(c);
    return c;
  }

  async save(caseId: string, input: SaveSpecificationInput): Promise<{ version: number }> {
    return (await this.api.write(SaveSpecificationGQL, { caseId, input })).saveSpecification;
  }

  async approve(versionId: string): Promise<void> {
    await this.api.write(ApproveSpecificationGQL, { versionId });
  }

  async version(id: string): Promise<SpecVersionFieldsFragment> {
    return (await this.api.read(SpecificationVersionGQL, { id })).specificationVersion;
  }

  async diff(fromVersionId: string, toVersionId: string): Promise<SpecDiff> {
    return (await this.api.read(SpecificationDiffGQL, { fromVersionId, toVersionId })).specificationDiff;
  }

  upload(file: File): Promise<UploadedFile> {
    return this.uploads.upload(file);
  }
}
