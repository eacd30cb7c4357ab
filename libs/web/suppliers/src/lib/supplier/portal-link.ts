import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode } from '@bc/shared/domain';
import {
  AppError,
  Api,
  errorTranslation,
  LinkSupplierPortalGQL,
  PortalAccountFieldsFragment,
  SupplierFieldsFragment,
  SupplierPortalAccountsGQL,
  Submission,
  toAppError,
} from '@bc/web/data-access';
import { injectAsk, injectNotify } from '@bc/web/case-kit';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { offerAsTyped } from '../pickers/offer-as-typed';

/** The fewest characters `supplierPortalAccounts` searches with. */
export const PORTAL_SEARCH_MIN = 2;

/** "Hanse Industrietechnik GmbH (DE)", as the section and the options show an account. */
export function portalAccountText(account: PortalAccountFieldsFragment | null | undefined): string {
  if (!account) return '';
  return account.country ? `${account.name} (${account.country})` : account.name;
}

/** The message for a failed link: a portal account another directory entry holds has its own. */
export function portalLinkErrorMessage(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code !== ErrorCode.CONFLICT) return errorTranslation(error);
  const holder = error.details?.['supplierName'];
  return typeof holder === 'string' ? { key: 'supplierPortal.takenBy', params: { name: holder } } : { key: 'supplierPortal.taken', params: {} };
}

/**
 * The supplier's portal account: the supplier company's own organization in the portal. Everyone
 * who reads the directory sees it; a buyer (SUPPLIER_MANAGE) finds the account by name as they
 * type to link it, changes it or unlinks it.
 */
@Component({
  selector: 'bc-supplier-portal-link',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errorMessage(); as message) {
      <bc-error-banner class="bc-portal-error" [messageKey]="message.key" [params]="message.params" />
    }
    @let account = supplier().portalOrganization;
    @if (account && !changing()) {
      <p class="bc-portal-account">
        <mat-icon svgIcon="link" aria-hidden="true" />
        <span>{{ 'supplierPortal.linked' | translate: { name: accountText(account) } }}</span>
      </p>
      @if (canManage()) {
        <div class="bc-portal-actions">
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="startChange()">
            <mat-icon svgIcon="edit" aria-hidden="true" />{{ 'supplierPortal.change' | translate }}
          </button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="unlink(account)">
            <mat-icon svgIcon="link_off" aria-hidden="true" />{{ 'supplierPortal.unlink' | translate }}
          </button>
        </div>
      }
    } @else {
      @if (!account) {
        <p class="bc-muted">{{ 'supplierPortal.notLinked' | translate }}</p>
      }
      @if (canManage()) {
        <div class="bc-portal-search">
          <mat-form-field class="bc-portal-field">
            <mat-label>{{ 'supplierPortal.search' | translate }}</mat-label>
            <mat-icon matIconPrefix svgIcon="search" aria-hidden="true" />
            <input matInput type="search" autocomplete="off" [formControl]="text" [matAutocomplete]="auto" />
            <mat-hint>{{ 'supplierPortal.searchHint' | translate }}</mat-hint>
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
              @for (option of options(); track option.id) {
                <mat-option [value]="option" [disabled]="option.id === account?.id">{{ accountText(option) }}</mat-option>
              }
              @if (searched() && options().length === 0) {
                <mat-option disabled>{{ 'supplierPortal.noMatch' | translate }}</mat-option>
              }
            </mat-autocomplete>
          </mat-form-field>
          @if (changing()) {
            <button mat-button type="button" (click)="cancelChange()">{{ 'common.cancel' | translate }}</button>
          }
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bc-portal-account {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      font-weight: 500;
    }
    .bc-portal-actions,
    .bc-portal-search {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem 1rem;
      flex-wrap: wrap;
    }
    .bc-portal-field {
      flex: 0 1 28rem;
    }
    .bc-portal-search button {
      margin-top: 0.5rem;
    }
    .bc-portal-error {
      margin-bottom: 0.75rem;
    }
    .bc-muted {
      margin: 0 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SupplierPortalLink {
  private readonly api = inject(Api);
  private readonly ask = injectAsk();
  private readonly notify = injectNotify();

  readonly supplier = input.required<SupplierFieldsFragment>();
  readonly canManage = input(false);
  /** The supplier as the API returned it after linking or unlinking. */
  readonly changed = output<SupplierFieldsFragment>();

  protected readonly text = new FormControl<string | PortalAccountFieldsFragment>('', { nonNullable: true });
  protected readonly options = signal<PortalAccountFieldsFragment[]>([]);
  /** A search of enough characters has been answered (so "no match" can be said). */
  protected readonly searched = signal(false);
  protected readonly changing = signal(false);
  protected readonly submission = new Submission();
  protected readonly busy = this.submission.busy;
  protected readonly errorMessage = computed(() => {
    const error = this.submission.error();
    return error ? portalLinkErrorMessage(error) : null;
  });
  protected readonly accountText = portalAccountText;
  protected readonly display = (v: string | PortalAccountFieldsFragment | null): string =>
    typeof v === 'string' ? v : portalAccountText(v);

  constructor() {
    offerAsTyped(
      this.text,
      async (search) => (await this.api.read(SupplierPortalAccountsGQL, { search, limit: 10 })).supplierPortalAccounts,
      (options) => {
        this.options.set(options ?? []);
        this.searched.set(options !== null);
      },
      { min: PORTAL_SEARCH_MIN, failed: (error) => this.submission.error.set(toAppError(error)) },
    );
  }

  protected startChange(): void {
    this.submission.error.set(null);
    this.changing.set(true);
  }

  protected cancelChange(): void {
    this.reset();
  }

  protected async pick(event: MatAutocompleteSelectedEvent): Promise<void> {
    const account = event.option.value as PortalAccountFieldsFragment;
    const supplier = this.supplier();
    await this.link(supplier, account.id, 'supplierPortal.linkedDone', { supplier: supplier.name, name: account.name });
  }

  protected unlink(account: PortalAccountFieldsFragment): void {
    const supplier = this.supplier();
    const params = { supplier: supplier.name, name: account.name };
    this.ask.confirm(
      { title: 'supplierPortal.unlinkTitle', message: 'supplierPortal.unlinkText', confirm: 'supplierPortal.unlink', params, destructive: true },
      () => this.link(supplier, null, 'supplierPortal.unlinkedDone', params),
    );
  }

  private async link(supplier: SupplierFieldsFragment, organizationId: string | null, done: string, params: Record<string, unknown>): Promise<void> {
    const linked = await this.submission.run(async () => {
      const updated = (await this.api.write(LinkSupplierPortalGQL, { supplierId: supplier.id, organizationId })).linkSupplierPortal;
      this.reset();
      this.changed.emit(updated);
      this.notify(done, params);
    });
    if (!linked) this.text.setValue('', { emitEvent: false });
  }

  private reset(): void {
    this.changing.set(false);
    this.text.setValue('', { emitEvent: false });
    this.options.set([]);
    this.searched.set(false);
  }
}
