import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CharCount, FieldErrorMessage, fieldErrorMessage, IconAction } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { MAX_OFFERS, OfferForm, offerForm } from '../offers-form';
import { MAX_TEXT, PortalRfq } from '../quote-form';

/**
 * The quote form's conditional offers: a discount (a percentage or an amount) the supplier grants
 * if it is awarded at least a value, or the whole of chosen items. Up to MAX_OFFERS; each offer's
 * fields show their own errors, the server's as well (`input.conditionalDiscounts.1.value`).
 */
@Component({
  selector: 'bc-quote-offers',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, CharCount, IconAction],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The minimum and the items come and go with the condition: they carry no "required" attribute,
  // whose validator would stay on the control after its field is gone (their own validators say it).
  template: `
    <p class="bc-muted">{{ 'portalQuote.offersIntro' | translate }}</p>
    <ol class="bc-offers">
      @for (offer of offers().controls; track offer; let i = $index) {
        @let c = offer.controls;
        <li>
          <fieldset class="bc-offer" [formGroup]="offer">
            <legend>{{ 'portalQuote.offerN' | translate: { number: i + 1 } }}</legend>
            <div class="bc-offer__row">
              <mat-form-field class="bc-offer__type" subscriptSizing="dynamic">
                <mat-label>{{ 'portalQuote.offerType' | translate }}</mat-label>
                <mat-select formControlName="type">
                  <mat-option value="PERCENT">{{ 'portalQuote.offerPercent' | translate }}</mat-option>
                  <mat-option value="AMOUNT">{{ 'portalQuote.offerAmount' | translate }}</mat-option>
                </mat-select>
              </mat-form-field>
              <mat-form-field class="bc-offer__value" subscriptSizing="dynamic">
                <mat-label>{{ 'portalQuote.offerValue' | translate }}</mat-label>
                <input matInput inputmode="decimal" formControlName="value" required autocomplete="off" />
                <span matTextSuffix>{{ c.type.value === 'PERCENT' ? '%' : currency() }}</span>
                @if (c.value.invalid) {
                  <mat-error>{{ problem(c.value).key | translate: problem(c.value).params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field class="bc-offer__condition" subscriptSizing="dynamic">
                <mat-label>{{ 'portalQuote.offerCondition' | translate }}</mat-label>
                <mat-select formControlName="condition">
                  <mat-option value="MIN_VALUE">{{ 'portalQuote.offerConditionMin' | translate }}</mat-option>
                  <mat-option value="LINES">{{ 'portalQuote.offerConditionLines' | translate }}</mat-option>
                </mat-select>
              </mat-form-field>
              @if (c.condition.value === 'MIN_VALUE') {
                <mat-form-field class="bc-offer__min" subscriptSizing="dynamic">
                  <mat-label>{{ 'portalQuote.offerMinValue' | translate }}</mat-label>
                  <input matInput inputmode="decimal" formControlName="minValue" autocomplete="off" />
                  <span matTextSuffix>{{ currency() }}</span>
                  @if (c.minValue.invalid) {
                    <mat-error>{{ problem(c.minValue).key | translate: problem(c.minValue).params }}</mat-error>
                  }
                </mat-form-field>
              } @else {
                <mat-form-field class="bc-offer__lines" subscriptSizing="dynamic">
                  <mat-label>{{ 'portalQuote.offerLines' | translate }}</mat-label>
                  <mat-select formControlName="lineKeys" multiple>
                    @for (line of lines(); track line.key) {
                      <mat-option [value]="line.key">{{ line.position }}. {{ line.description }}</mat-option>
                    }
                  </mat-select>
                  @if (c.lineKeys.invalid) {
                    <mat-error>{{ problem(c.lineKeys).key | translate: problem(c.lineKeys).params }}</mat-error>
                  }
                </mat-form-field>
              }
            </div>
            <div class="bc-offer__row">
              <mat-form-field class="bc-offer__note" subscriptSizing="dynamic">
                <mat-label>{{ 'portalQuote.offerNote' | translate }}</mat-label>
                <input matInput formControlName="note" />
                <mat-hint align="end"><bc-char-count [control]="c.note" [max]="maxText" /></mat-hint>
                @if (c.note.invalid) {
                  <mat-error>{{ problem(c.note).key | translate: problem(c.note).params }}</mat-error>
                }
              </mat-form-field>
              <bc-icon-action icon="delete" [label]="'portalQuote.removeOffer' | translate: { number: i + 1 }" (click)="remove(i)" />
            </div>
          </fieldset>
        </li>
      }
    </ol>
    @if (offers().length < maxOffers) {
      <button mat-button type="button" (click)="add()"><mat-icon svgIcon="add" aria-hidden="true" />{{ 'portalQuote.addOffer' | translate }}</button>
    } @else {
      <p class="bc-muted">{{ 'portalQuote.offersMax' | translate: { max: maxOffers } }}</p>
    }
  `,
  styles: `
    .bc-offers {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .bc-offer {
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      min-width: 0;
    }
    .bc-offer legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .bc-offer__row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 0.75rem;
      margin-bottom: 0.5rem;
    }
    .bc-offer__type,
    .bc-offer__condition {
      flex: 1 1 12rem;
      max-width: 18rem;
    }
    .bc-offer__value {
      flex: 0 1 10rem;
      min-width: 8rem;
    }
    .bc-offer__min {
      flex: 0 1 13rem;
      min-width: 10rem;
    }
    .bc-offer__lines {
      flex: 1 1 16rem;
      min-width: 0;
    }
    .bc-offer__note {
      flex: 1 1 16rem;
    }
    @media (max-width: 600px) {
      .bc-offer__type,
      .bc-offer__condition,
      .bc-offer__value,
      .bc-offer__min {
        flex: 1 1 100%;
        max-width: none;
      }
    }
  `,
})
export class QuoteOffers {
  readonly offers = input.required<FormArray<OfferForm>>();
  readonly lines = input.required<PortalRfq['lines']>();
  readonly currency = input.required<string>();

  protected readonly maxOffers = MAX_OFFERS;
  protected readonly maxText = MAX_TEXT;

  protected add(): void {
    const offers = this.offers();
    if (offers.length >= MAX_OFFERS) return;
    offers.push(offerForm());
    offers.markAsDirty();
  }

  protected remove(index: number): void {
    this.offers().removeAt(index);
    this.offers().markAsDirty();
  }

  /** What is wrong with one of an offer's fields: the offer's own messages, the server's, else the shared ones. */
  protected problem(control: AbstractControl): FieldErrorMessage {
    const errors = control.errors ?? {};
    const own = (key: string): FieldErrorMessage => ({ key, params: {} });
    if (typeof errors['server'] === 'string') return own(errors['server']);
    if (errors['offerUnpriced']) return own('portalQuote.errors.offerUnpriced');
    if (errors['offerLines']) return own('portalQuote.errors.offerLines');
    if (errors['required']) return own('common.required');
    if (errors['offerPercent']) return own('portalQuote.errors.offerPercent');
    if (errors['offerAmount']) return own('portalQuote.errors.offerAmount');
    return fieldErrorMessage(errors) ?? own('portalQuote.errors.invalid');
  }
}
