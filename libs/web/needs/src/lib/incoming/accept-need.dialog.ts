import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ImportanceClass } from '@bc/shared/domain';
import { AcceptNeedGQL, AppError, dataOf, errorTranslation, NeedFieldsFragment, toAppError } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface AcceptedCase {
  id: string;
  reference: string;
}

/** Turns a need into a purchase case: how important it is, the kind of purchase, its category. */
@Component({
  selector: 'bc-accept-need-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ErrorBanner, CpvPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'needs.acceptTitle' | translate: { title: need.title } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'needs.acceptText' | translate }}</p>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
        <mat-form-field class="bc-field">
          <mat-label>{{ 'cases.importance' | translate }}</mat-label>
          <mat-select formControlName="importance" required>
            @for (importance of importances; track importance) {
              <mat-option [value]="importance">{{ 'importance.' + importance | translate }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'needs.importanceHint' | translate }}</mat-hint>
          @if (form.controls.importance.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'needs.caseTitle' | translate }}</mat-label>
          <input matInput formControlName="title" maxlength="200" />
          <mat-hint>{{ 'needs.caseTitleHint' | translate }}</mat-hint>
        </mat-form-field>
        <bc-cpv-picker class="bc-field" formControlName="category" [label]="'cases.category' | translate" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'needs.accept' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bc-dialog-error {
      margin-bottom: 1rem;
    }
  `,
})
export class AcceptNeedDialog {
  protected readonly need = inject<NeedFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AcceptNeedDialog, AcceptedCase>>(MatDialogRef);
  private readonly acceptGql = inject(AcceptNeedGQL);

  protected readonly importances = Object.values(ImportanceClass);
  protected readonly form = inject(NonNullableFormBuilder).group({
    importance: [null as ImportanceClass | null, Validators.required],
    title: [this.need.title, Validators.maxLength(200)],
    category: [this.need.category ? { code: this.need.category.code, label: this.need.category.label } : (null as CpvValue | null)],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  protected async submit(): Promise<void> {
    const { importance, title, category } = this.form.getRawValue();
    if (!importance) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const created = (
        await dataOf(
          this.acceptGql.mutate({
            variables: { id: this.need.id, input: { importance, title: title.trim() || undefined, categoryCode: category?.code } },
          }),
        )
      ).acceptNeed;
      this.ref.close({ id: created.id, reference: created.reference });
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
