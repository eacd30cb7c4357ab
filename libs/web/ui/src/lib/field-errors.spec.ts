import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, FormArray, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { BcValidators, CharCount, FieldError, fieldErrorMessage, markServerError, showServerFieldError } from './field-errors';

describe('field errors', () => {
  it('has a message for every validator the forms use', () => {
    const control = new FormControl('', [Validators.required]);
    expect(fieldErrorMessage(control.errors)).toEqual({ key: 'fieldErrors.required', params: {} });
    expect(fieldErrorMessage(new FormControl(-1, Validators.min(0)).errors)).toEqual({ key: 'fieldErrors.min', params: { min: 0 } });
    expect(fieldErrorMessage(new FormControl(5000, Validators.max(3650)).errors)).toEqual({ key: 'fieldErrors.max', params: { max: 3650 } });
    expect(fieldErrorMessage(new FormControl('abcd', Validators.maxLength(3)).errors)).toEqual({ key: 'fieldErrors.maxlength', params: { max: 3 } });
    expect(fieldErrorMessage(new FormControl('x', Validators.email).errors)).toEqual({ key: 'fieldErrors.email', params: {} });
    expect(fieldErrorMessage(new FormControl('2.5', Validators.pattern(/^\d+$/)).errors)).toEqual({ key: 'fieldErrors.wholeNumber', params: {} });
    expect(fieldErrorMessage({ server: true })).toEqual({ key: 'fieldErrors.server', params: {} });
    expect(fieldErrorMessage({ somethingNew: true })).toEqual({ key: 'fieldErrors.invalid', params: {} });
    expect(fieldErrorMessage(null)).toBeNull();
  });

  it('refuses negative, too large and malformed decimals, and past dates', () => {
    const money = BcValidators.decimal(14, 2);
    expect(money(new FormControl(12500.5))).toBeNull();
    expect(money(new FormControl('12500,50'))).toBeNull();
    expect(money(new FormControl(null))).toBeNull();
    expect(fieldErrorMessage(money(new FormControl(-1)))?.key).toBe('fieldErrors.min');
    expect(money(new FormControl(1e19))).toEqual({ decimal: { digits: 14, places: 2 } });
    expect(money(new FormControl(1e30))).toEqual({ number: true });
    expect(money(new FormControl('1.234'))).toEqual({ decimal: { digits: 14, places: 2 } });
    const notInPast = BcValidators.notInPast(() => new Date(2026, 11, 6, 9, 0));
    expect(notInPast(new FormControl('2026-12-06'))).toBeNull();
    expect(notInPast(new FormControl('2026-12-05'))).toEqual({ pastDate: true });
    expect(notInPast(new FormControl(''))).toBeNull();
  });

  it('puts a server error on the field it names, by its path or its last segments; false when no field matches', () => {
    const form = new FormGroup({ title: new FormControl(''), lines: new FormArray([new FormGroup({ unitPrice: new FormControl('1') })]) });
    expect(showServerFieldError(form, { field: 'input.title' })).toBe(true);
    expect(form.controls.title.errors).toEqual({ server: true });
    expect(form.controls.title.touched).toBe(true);
    expect(showServerFieldError(form, { field: 'input.lines.0.unitPrice' })).toBe(true);
    expect(form.controls.lines.at(0).controls.unitPrice.hasError('server')).toBe(true);
    expect(showServerFieldError(form, { field: 'input.categoryCode' })).toBe(false);
    expect(showServerFieldError(form, { field: 'code' }, { code: 'title' })).toBe(true);
    expect(showServerFieldError(form, {})).toBe(false);
  });

  it('limits a server error to the controls a page names, and can carry the page\'s own message', () => {
    const filters = new FormGroup({ search: new FormControl(''), country: new FormControl('') });
    expect(showServerFieldError(filters, { field: 'filter.search' }, {}, { only: ['country'] })).toBe(false);
    expect(filters.controls.search.errors).toBeNull();
    expect(showServerFieldError(filters, { field: 'filter.country' }, {}, { only: ['country'] })).toBe(true);
    expect(filters.controls.country.errors).toEqual({ server: true });
    const form = new FormGroup({ lines: new FormArray([new FormGroup({ unitPrice: new FormControl('1') })]) });
    expect(showServerFieldError(form, { field: 'input.lines' }, {}, { fieldsOnly: true })).toBe(false);
    expect(form.controls.lines.errors).toBeNull();
    const price = form.controls.lines.at(0).controls.unitPrice;
    expect(showServerFieldError(form, { field: 'input.lines.0.unitPrice' }, {}, { errors: { server: 'portalQuote.errors.price' } })).toBe(true);
    expect(price.errors).toEqual({ server: 'portalQuote.errors.price' });
    const days = new FormControl(3);
    markServerError(days);
    expect(days.errors).toEqual({ server: true });
    expect(days.touched).toBe(true);
  });

  @Component({
    imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldError, CharCount],
    template: `
      <mat-form-field>
        <input matInput [formControl]="control" />
        <mat-hint align="end"><bc-char-count [control]="control" [max]="5" /></mat-hint>
        <mat-error><bc-field-error [control]="control" /></mat-error>
      </mat-form-field>
    `,
  })
  class Host {
    readonly control = new FormControl('', [Validators.required, Validators.maxLength(5)]);
  }

  it('shows the message in the reader\'s language at the field, and counts characters against the limit', async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideTranslateService({ lang: 'de' })] });
    TestBed.inject(TranslateService).setTranslation('de', { fieldErrors: { required: 'Pflichtfeld', maxlength: 'Höchstens {{max}} Zeichen' } });
    TestBed.inject(TranslateService).use('de');
    const fixture = TestBed.createComponent(Host);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(element.querySelector('bc-char-count')?.textContent?.trim()).toBe('0 / 5');
    fixture.componentInstance.control.markAsTouched();
    fixture.componentInstance.control.setValue('');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Pflichtfeld');
    fixture.componentInstance.control.setValue('Prüfbericht');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Höchstens 5 Zeichen');
    fixture.componentInstance.control.setValue('abc');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('bc-char-count')?.textContent?.trim()).toBe('3 / 5');
  });
});
