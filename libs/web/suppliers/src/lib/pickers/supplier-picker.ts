import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Api, SupplierListFieldsFragment, SuppliersGQL } from '@bc/web/data-access';
import { TranslatePipe } from '@ngx-translate/core';
import { offerAsTyped } from './offer-as-typed';

/** Finds a supplier of the directory by full-text search as one types; emits the one picked. */
@Component({
  selector: 'bc-supplier-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-icon matIconPrefix svgIcon="search" aria-hidden="true" />
      <input matInput type="search" [formControl]="text" [matAutocomplete]="auto" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
        @for (option of options(); track option.id) {
          <mat-option [value]="option">
            {{ option.name }}
            @if (option.country) {
              <span class="bc-muted">({{ option.country }})</span>
            }
            <span class="bc-muted"> · {{ 'qualification.' + option.qualificationStatus | translate }}</span>
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    @use 'field';
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SupplierPicker {
  private readonly api = inject(Api);

  readonly label = input.required<string>();
  readonly picked = output<SupplierListFieldsFragment>();

  protected readonly text = new FormControl<string | SupplierListFieldsFragment>('', { nonNullable: true });
  protected readonly options = signal<SupplierListFieldsFragment[]>([]);

  protected readonly display = (v: string | SupplierListFieldsFragment | null): string =>
    typeof v === 'string' ? v : (v?.name ?? '');

  constructor() {
    offerAsTyped(
      this.text,
      async (search) => (await this.api.read(SuppliersGQL, { filter: { search }, limit: 10 })).suppliers.items,
      (options) => this.options.set(options ?? []),
    );
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    this.picked.emit(event.option.value as SupplierListFieldsFragment);
    this.text.setValue('', { emitEvent: false });
    this.options.set([]);
  }
}
