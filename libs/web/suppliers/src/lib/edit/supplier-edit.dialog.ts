import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Api, CreateSupplierGQL, Submission, SupplierFieldsFragment, UpdateSupplierGQL } from '@bc/web/data-access';
import { DialogFrame, showServerFieldError, TextInput } from '@bc/web/ui';
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
    TextInput,
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
          <bc-text-input class="bc-name" [control]="form.controls.name" [label]="'suppliers.name' | translate" [max]="200" required />
          <mat-form-field class="bc-country" subscriptSizing="dynamic">
            <mat-label>{{ 'suppliers.country' | translate }}</mat-label>
            <input matInput formControlName="country" required autocomplete="off" />
            <mat-hint>{{ 'suppliers.countryHint' | translate }}</mat-hint>
            @if (form.controls.country.invalid) {
              <mat-error>{{ 'suppliers.countryHint' | translate }}</mat-error>
            }
          </mat-form-field>
        </div>
        <bc-text-input
          class="bc-field"
          [control]="form.controls.website"
          [label]="'supplierEdit.website' | translate"
          type="url"
          placeholder="https://"
          [max]="500"
        />
        <bc-text-input class="bc-field" [control]="form.controls.description" [label]="'needs.description' | translate" [rows]="3" [max]="4000" />
        <bc-text-input class="bc-field" [control]="form.controls.tags" [label]="'supplier.tags' | translate" [hint]="'supplierEdit.tagsHint' | translate" />
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
  private readonly api = inject(Api);

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
        const supplier = (await this.api.write(UpdateSupplierGQL, { id: this.source.id, input })).updateSupplier;
        this.ref.close({ id: supplier.id, supplier });
      } else {
        const created = (await this.api.write(CreateSupplierGQL, { input })).createSupplier;
        this.ref.close({ id: created.id });
      }
    }, (error) => showServerFieldError(this.form, error));
  }
}
