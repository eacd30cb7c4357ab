import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ImportanceClass } from '@bc/shared/domain';
import { CaseFieldsFragment } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { BcValidators, FieldError, SelectInput, TextInput } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ImportanceSuggestion } from '@bc/web/case-kit';
import { RequiredCertificatesField, requiredCertificatesValidator } from './required-certificates-field';

/** The controls of a case's own data, as opening a case and editing one share them. */
export type CaseFieldControls = {
  title: FormControl<string>;
  description: FormControl<string>;
  category: FormControl<CpvValue | null>;
  requiredCertificates: FormControl<string[]>;
  importance: FormControl<ImportanceClass | null>;
  estimatedValue: FormControl<number | null>;
  neededBy: FormControl<string>;
  budgetReference: FormControl<string>;
  /** Only where the currency is chosen (a new case). */
  currency?: FormControl<string>;
};

/** The controls with their rules, filled from `source` (empty for a new case). */
export function caseFieldControls(source: CaseFieldsFragment | null): CaseFieldControls {
  const text = (value: string | null | undefined, ...validators: ReturnType<typeof Validators.maxLength>[]) =>
    new FormControl(value ?? '', { nonNullable: true, validators });
  const category = source?.category ? { code: source.category.code, label: source.category.label, labelDe: source.category.labelDe } : null;
  return {
    title: text(source?.title, Validators.required, Validators.maxLength(200)),
    description: text(source?.description, Validators.maxLength(10000)),
    category: new FormControl<CpvValue | null>(category),
    requiredCertificates: new FormControl<string[]>([...(source?.requiredCertificates ?? [])], { nonNullable: true, validators: requiredCertificatesValidator }),
    importance: new FormControl<ImportanceClass | null>(source?.importance ?? null, Validators.required),
    estimatedValue: new FormControl<number | null>(source?.estimatedValue == null ? null : Number(source.estimatedValue), BcValidators.decimal(14, 2)),
    neededBy: text(source?.neededBy),
    budgetReference: text(source?.budgetReference, Validators.maxLength(100)),
  };
}

/**
 * The fields of a case's own data: title, description, category, required certificates,
 * importance, estimated value (with its currency where it is chosen), date needed and budget.
 * `creating` adds what a new case explains: hints, the importance the data suggests for the
 * category (never set by itself), and the first field focused.
 */
@Component({
  selector: 'bc-case-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, FieldError, TextInput, SelectInput, CpvPicker, RequiredCertificatesField, ImportanceSuggestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let controls = form().controls;
    <ng-container [formGroup]="form()">
      <bc-text-input
        class="bc-field"
        [control]="controls.title"
        [label]="'newCase.caseTitle' | translate"
        [hint]="creating() ? ('newCase.titleHint' | translate) : ''"
        [max]="200"
        required
        [focusInitial]="creating()"
      />
      <bc-text-input class="bc-field" [control]="controls.description" [label]="'newCase.description' | translate" [rows]="3" [max]="10000" />
      <bc-cpv-picker class="bc-field" formControlName="category" [label]="'newCase.category' | translate" />
      @if (controls.category.hasError('server')) {
        <p class="bc-field-error" role="alert">{{ 'newCase.notAccepted' | translate }}</p>
      }
      <bc-required-certificates class="bc-field" [control]="controls.requiredCertificates" />
      <bc-select-input
        class="bc-field"
        [control]="controls.importance"
        [label]="'newCase.importance' | translate"
        [options]="importances"
        optionKey="importance."
        [hint]="creating() ? ('newCase.importanceHint' | translate) : ''"
        required
      />
      @if (creating()) {
        <bc-importance-suggestion
          [category]="controls.category.value?.code ?? null"
          [chosen]="controls.importance.value"
          (take)="controls.importance.setValue($event); controls.importance.markAsDirty()"
        />
      }
      <div class="bc-row">
        <mat-form-field>
          <mat-label>{{ 'newCase.estimatedValue' | translate }}{{ currency() ? ' (' + currency() + ')' : '' }}</mat-label>
          <input matInput type="number" min="0" step="100" formControlName="estimatedValue" />
          <mat-error><bc-field-error [control]="controls.estimatedValue" /></mat-error>
        </mat-form-field>
        @if (controls.currency; as currencyControl) {
          <mat-form-field>
            <mat-label>{{ 'newCase.currency' | translate }}</mat-label>
            <mat-select [formControl]="currencyControl">
              @for (option of currencies(); track option) {
                <mat-option [value]="option">{{ option }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'newCase.neededBy' | translate }}</mat-label>
          <input matInput type="date" formControlName="neededBy" />
          <mat-error><bc-field-error [control]="controls.neededBy" /></mat-error>
        </mat-form-field>
        <bc-text-input
          [control]="controls.budgetReference"
          [label]="'newCase.budgetReference' | translate"
          [hint]="creating() ? ('newCase.budgetReferenceHint' | translate) : ''"
          [max]="100"
        />
      </div>
    </ng-container>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bc-row {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 1rem;
    }
    .bc-field-error {
      margin: -0.5rem 0 0.75rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CaseFields {
  readonly form = input.required<FormGroup & { controls: CaseFieldControls }>();
  readonly creating = input(false);
  /** The currencies to choose from, where the form has a currency control. */
  readonly currencies = input<readonly string[]>([]);
  /** The case's fixed currency, named with the value where it is not chosen. */
  readonly currency = input('');
  protected readonly importances = Object.values(ImportanceClass);
}
