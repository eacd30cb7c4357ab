import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { CaseStage, ImportanceClass, PurchaseType } from '@bc/shared/domain';
import { AcceptNeedGQL, Api, CaseListFieldsFragment, NeedFieldsFragment, PurchaseCasesGQL, Submission } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { DialogFrame, SelectInput, TextInput } from '@bc/web/ui';
import { ImportanceSuggestion } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';

export interface AcceptedCase {
  id: string;
  reference: string;
}

/** Turns a need into a purchase case: how important it is, the kind of purchase, its category. */
@Component({
  selector: 'bc-accept-need-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatRadioModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe, DialogFrame, TextInput, CpvPicker, SelectInput, ImportanceSuggestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <bc-dialog-frame
        [heading]="'needs.acceptTitle' | translate: { title: need.title }"
        [error]="submission.errorMessage()"
        [busy]="submission.busy()"
        [submitLabel]="'needs.accept' | translate"
      >
        <p>{{ 'needs.acceptText' | translate }}</p>
        <bc-select-input
          class="bc-field"
          [control]="form.controls.importance"
          [label]="'cases.importance' | translate"
          [options]="importances"
          optionKey="importance."
          [hint]="'needs.importanceHint' | translate"
          required
        />
        <bc-importance-suggestion
          [category]="form.controls.category.value?.code ?? null"
          [chosen]="form.controls.importance.value"
          (take)="form.controls.importance.setValue($event); form.controls.importance.markAsDirty()"
        />
        <mat-radio-group class="bc-types" formControlName="purchaseType" [attr.aria-label]="'cases.purchaseType' | translate">
          @for (type of purchaseTypes; track type) {
            <mat-radio-button [value]="type">{{ 'purchaseType.' + type | translate }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (isRebuy()) {
          <mat-form-field class="bc-field">
            <mat-label>{{ 'needs.sourceCase' | translate }}</mat-label>
            <input matInput type="search" [formControl]="caseSearch" [matAutocomplete]="cases" required />
            <mat-hint>{{ (isStraight() ? 'needs.sourceCaseStraightHint' : 'needs.sourceCaseHint') | translate }}</mat-hint>
            <mat-autocomplete #cases="matAutocomplete" [displayWith]="caseText" (optionSelected)="pickCase($event)">
              @for (c of caseOptions(); track c.id) {
                <mat-option [value]="c">{{ c.reference }} {{ c.title }} · {{ 'stages.' + c.stage | translate }}</mat-option>
              }
            </mat-autocomplete>
          </mat-form-field>
        }
        <bc-text-input
          class="bc-field"
          [control]="form.controls.title"
          [label]="'needs.caseTitle' | translate"
          [hint]="'needs.caseTitleHint' | translate"
          [max]="200"
        />
        <bc-cpv-picker class="bc-field" formControlName="category" [label]="'cases.category' | translate" />
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bc-types {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.75rem;
    }
  `,
})
export class AcceptNeedDialog {
  protected readonly need = inject<NeedFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AcceptNeedDialog, AcceptedCase>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly importances = Object.values(ImportanceClass);
  protected readonly form = inject(NonNullableFormBuilder).group({
    importance: [null as ImportanceClass | null, Validators.required],
    title: [this.need.title, Validators.maxLength(200)],
    purchaseType: [PurchaseType.NEW_TASK],
    category: [this.need.category ? { code: this.need.category.code, label: this.need.category.label, labelDe: this.need.category.labelDe } : (null as CpvValue | null)],
  });
  protected readonly purchaseTypes = Object.values(PurchaseType);
  private readonly purchaseType = toSignal(this.form.controls.purchaseType.valueChanges, { initialValue: PurchaseType.NEW_TASK });
  protected readonly isRebuy = computed(() => this.purchaseType() !== PurchaseType.NEW_TASK);
  protected readonly isStraight = computed(() => this.purchaseType() === PurchaseType.STRAIGHT_REBUY);
  /** The earlier case a rebuy starts from, found by reference or title. */
  protected readonly caseSearch = new FormControl<string | CaseListFieldsFragment>('', { nonNullable: true });
  protected readonly caseOptions = signal<CaseListFieldsFragment[]>([]);
  private readonly sourceCase = signal<CaseListFieldsFragment | null>(null);
  protected readonly caseText = (c: string | CaseListFieldsFragment | null): string =>
    typeof c === 'string' ? c : c ? `${c.reference} ${c.title}` : '';
  protected readonly submission = new Submission();

  constructor() {
    this.caseSearch.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string'),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap(async (search) => {
          this.sourceCase.set(null);
          if (search.trim().length < 2) return [];
          // A straight rebuy repeats an awarded purchase; a modified one may start from any case.
          const stage = this.isStraight() ? [CaseStage.AWARDED] : undefined;
          try {
            const data = await this.api.read(PurchaseCasesGQL, { filter: { search: search.trim(), stage }, limit: 10 });
            return data.purchaseCases.items;
          } catch {
            return [];
          }
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((options) => this.caseOptions.set(options));
  }

  protected pickCase(event: MatAutocompleteSelectedEvent): void {
    this.sourceCase.set(event.option.value as CaseListFieldsFragment);
  }

  protected async submit(): Promise<void> {
    const { importance, title, category, purchaseType } = this.form.getRawValue();
    const source = this.sourceCase();
    if (!importance || (this.isRebuy() && !source) || this.form.controls.title.invalid) {
      this.form.markAllAsTouched();
      this.caseSearch.markAsTouched();
      if (this.isRebuy() && !source) this.caseSearch.setErrors({ required: true });
      return;
    }
    await this.submission.run(async () => {
      const input = {
        importance,
        title: title.trim() || undefined,
        categoryCode: category?.code,
        purchaseType,
        sourceCaseId: this.isRebuy() ? source?.id : undefined,
      };
      const created = (await this.api.write(AcceptNeedGQL, { id: this.need.id, input })).acceptNeed;
      this.ref.close({ id: created.id, reference: created.reference });
    });
  }
}
