import { ChangeDetectionStrategy, Component, forwardRef, inject, input, signal } from '@angular/core';
import { ControlValueAccessor, FormControl, NG_VALUE_ACCESSOR, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Api, CpvCodeFieldsFragment, CpvCodesGQL } from '@bc/web/data-access';
import { BcCpvLabelPipe, cpvLabelIn, LanguageService } from '@bc/web/i18n';
import { Locale } from '@bc/shared/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { offerAsTyped } from './offer-as-typed';

export type CpvValue = Pick<CpvCodeFieldsFragment, 'code' | 'label'> & { labelDe?: string | null };

/** "45112000-5 Excavating work" ("45112000-5 Aushubarbeiten" in German), as the picker and lists show a CPV code. */
export function cpvText(value: CpvValue | null | undefined, language: Locale = Locale.EN): string {
  return value ? `${value.code} ${cpvLabelIn(language, value)}` : '';
}

let nextId = 0;

/**
 * A CPV category picked by searching the API's CPV list as one types (words of the label or
 * digits of the code). A form control whose value is the picked code with its label, or null.
 */
@Component({
  selector: 'bc-cpv-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatIconModule, MatButtonModule, TranslatePipe, BcCpvLabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CpvPicker), multi: true }],
  template: `
    <mat-form-field [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [id]="inputId"
        [formControl]="text"
        [matAutocomplete]="auto"
        (blur)="onBlur()"
      />
      @if (value()) {
        <button
          matIconSuffix
          mat-icon-button
          type="button"
          [attr.aria-label]="'cpv.clear' | translate"
          (click)="clear()"
        >
          <mat-icon svgIcon="close" aria-hidden="true" />
        </button>
      }
      <mat-hint>{{ 'cpv.hint' | translate }}</mat-hint>
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
        @for (option of options(); track option.code) {
          <mat-option [value]="option">
            <span class="bc-cpv-code">{{ option.code }}</span> {{ option | bcCpvLabel }}
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    @use 'field';
    .bc-cpv-code {
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
      margin-right: 0.25rem;
    }
  `,
})
export class CpvPicker implements ControlValueAccessor {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);

  readonly label = input.required<string>();
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('dynamic');

  protected readonly inputId = `bc-cpv-picker-${nextId++}`;
  protected readonly text = new FormControl<string | CpvValue>('', { nonNullable: true });
  protected readonly options = signal<CpvCodeFieldsFragment[]>([]);
  protected readonly value = signal<CpvValue | null>(null);

  protected readonly display = (v: string | CpvValue | null): string => (typeof v === 'string' ? v : this.shown(v));

  private shown(value: CpvValue | null | undefined): string {
    return cpvText(value, this.language.lang());
  }

  private onChange: (value: CpvValue | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    offerAsTyped(
      this.text,
      async (search) => (await this.api.read(CpvCodesGQL, { search, limit: 20 })).cpvCodes,
      (options) => this.options.set(options ?? []),
    );
  }

  writeValue(value: CpvValue | null): void {
    this.value.set(value ?? null);
    this.text.setValue(this.shown(value), { emitEvent: false });
  }

  registerOnChange(fn: (value: CpvValue | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as CpvCodeFieldsFragment;
    const value = { code: option.code, label: option.label, labelDe: option.labelDe };
    this.value.set(value);
    this.text.setValue(this.shown(value), { emitEvent: false });
    this.onChange(value);
  }

  protected clear(): void {
    this.value.set(null);
    this.text.setValue('', { emitEvent: false });
    this.options.set([]);
    this.onChange(null);
  }

  /**
   * Typed text that was not picked from the list does not count: once the panel had its chance
   * to take a pick, the field shows the picked code again (or is cleared when emptied).
   */
  protected onBlur(): void {
    this.onTouched();
    setTimeout(() => {
      const typed = this.text.value;
      if (typeof typed !== 'string' || typed === this.shown(this.value())) return;
      if (!typed.trim()) this.clear();
      else this.text.setValue(this.shown(this.value()), { emitEvent: false });
    }, 200);
  }
}
