import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import {
  CreateSupplierGQL,
  dataOf,
  Submission,
  SupplierFieldsFragment,
  UpdateSupplierGQL,
} from '@bc/web/data-access';
import { CharCount, DialogFrame, FieldError, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { BcCpvLabelPipe } from '@bc/web/i18n';
import { CpvPicker, CpvValue } from '../pickers/cpv-picker';

/** "a, b ,, c" → ["a", "b", "c"]: tags as typed, without blanks or repeats. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];
}

/** The supplier that was saved: its id (a new one) and, for an edit, its new state. */
export interface SavedSupplier {
  id: string;
  supplier?: SupplierFieldsFragment;
}

/** A new supplier for the directory, or the data of one that is there (null = new). */
@Component({
  selector: 'bc-supplier-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    BcCpvLabelPipe,
    DialogFrame,
    FieldError,
    CharCount,
    CpvPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <bc-dialog-frame
        [heading]="(source ? 'supplierEdit.editTitle' : 'supplierEdit.newTitle') | translate: { name: source?.name ?? '' }"
        [error]="submission.errorMessage()"
        [busy]="submission.busy()"
        [submitLabel]="'common.save' | translate"
      >
        <div class="bc-row">
          <mat-form-field class="bc-name">
            <mat-label>{{ 'suppliers.name' | translate }}</mat-label>
            <input matInput formControlName="name" required />
            <mat-hint align="end"><bc-char-count [control]="form.controls.name" [max]="200" /></mat-hint>
            <mat-error><bc-field-error [control]="form.controls.name" /></mat-error>
          </mat-form-field>
          <mat-form-field class="bc-country" subscriptSizing="dynamic">
            <mat-label>{{ 'suppliers.country' | translate }}</mat-label>
            <input matInput formControlName="country" required autocomplete="off" />
            <mat-hint>{{ 'suppliers.countryHint' | translate }}</mat-hint>
            @if (form.controls.country.invalid) {
              <mat-error>{{ 'suppliers.countryHint' | translate }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'supplierEdit.website' | translate }}</mat-label>
          <input matInput type="url" formControlName="website" placeholder="https://" />
          <mat-hint align="end"><bc-char-count [control]="form.controls.website" [max]="500" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.website" /></mat-error>
        </mat-form-field>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'needs.description' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="description"></textarea>
          <mat-hint align="end"><bc-char-count [control]="form.controls.description" [max]="4000" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.description" /></mat-error>
        </mat-form-field>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'supplier.tags' | translate }}</mat-label>
          <input matInput formControlName="tags" />
          <mat-hint>{{ 'supplierEdit.tagsHint' | translate }}</mat-hint>
          <mat-error><bc-field-error [control]="form.controls.tags" /></mat-error>
        </mat-form-field>
        <div class="bc-categories">
          <span class="bc-categories__label">{{ 'suppliers.categories' | translate }}</span>
          <mat-chip-set [attr.aria-label]="'suppliers.categories' | translate">
            @for (category of categories(); track category.code) {
              <mat-chip (removed)="removeCategory(category.code)">
                {{ category.code }} {{ category | bcCpvLabel }}
                <button matChipRemove type="button" [attr.aria-label]="'supplierEdit.removeCategory' | translate: { code: category.code }">
                  <mat-icon svgIcon="close" aria-hidden="true" />
                </button>
              </mat-chip>
            } @empty {
              <span class="bc-muted">{{ 'supplier.none' | translate }}</span>
            }
          </mat-chip-set>
          <bc-cpv-picker class="bc-field" [formControl]="categoryToAdd" [label]="'supplierEdit.addCategory' | translate" />
        </div>
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.5rem;
    }
    .bc-row {
      display: flex;
      gap: 1rem;
    }
    .bc-name {
      flex: 1 1 auto;
    }
    .bc-country {
      width: 11rem;
    }
    .bc-categories__label {
      display: block;
      font: var(--mat-sys-title-small);
      margin: 0.5rem 0;
    }
    .bc-categories mat-chip-set {
      display: block;
      margin-bottom: 0.75rem;
    }
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SupplierEditDialog {
  protected readonly source = inject<SupplierFieldsFragment | null>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SupplierEditDialog, SavedSupplier>>(MatDialogRef);
  private readonly createGql = inject(CreateSupplierGQL);
  private readonly updateGql = inject(UpdateSupplierGQL);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.source?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    country: [this.source?.country ?? '', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
    website: [this.source?.website ?? '', [Validators.maxLength(500), Validators.pattern(/^\s*$|^https?:\/\/\S+$/i)]],
    description: [this.source?.description ?? '', Validators.maxLength(4000)],
    tags: [(this.source?.tags ?? []).join(', ')],
  });
  protected readonly categories = signal<CpvValue[]>((this.source?.categories ?? []).map((c) => ({ code: c.code, label: c.label, labelDe: c.labelDe })));
  protected readonly categoryToAdd = new FormControl<CpvValue | null>(null);
  protected readonly submission = new Submission();

  constructor() {
    this.categoryToAdd.valueChanges.subscribe((picked) => {
      if (!picked) return;
      this.categories.update((list) => (list.some((c) => c.code === picked.code) ? list : [...list, picked]));
      this.categoryToAdd.setValue(null, { emitEvent: false });
    });
  }

  protected removeCategory(code: string): void {
    this.categories.update((list) => list.filter((c) => c.code !== code));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const input = {
      name: value.name.trim(),
      country: value.country.trim().toUpperCase(),
      website: value.website.trim() || null,
      description: value.description.trim(),
      tags: parseTags(value.tags),
      categories: this.categories().map((c) => c.code),
    };
    await this.submission.run(async () => {
      if (this.source) {
        const supplier = (await dataOf(this.updateGql.mutate({ variables: { id: this.source.id, input } }))).updateSupplier;
        this.ref.close({ id: supplier.id, supplier });
      } else {
        const created = (await dataOf(this.createGql.mutate({ variables: { input } }))).createSupplier;
        this.ref.close({ id: created.id });
      }
    }, (error) => showServerFieldError(this.form, error));
  }
}
