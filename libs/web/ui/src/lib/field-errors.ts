import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

/** A message for the reader: a key under `fieldErrors.` (or any key) and its parameters. */
export interface FieldErrorMessage {
  key: string;
  params: Record<string, unknown>;
}

/**
 * The one message for a control's errors, most important first. Every validator the product uses
 * has its message here (a form names its own keys for its own rules: `{ bcMessage: 'x.y' }`).
 */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) return null;
  const e = errors as Record<string, Record<string, unknown> | true | string | undefined>;
  const params = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  if (e['required']) return { key: 'fieldErrors.required', params: {} };
  if (e['number']) return { key: 'fieldErrors.number', params: {} };
  if (e['min']) return { key: 'fieldErrors.min', params: { min: params(e['min'])['min'] } };
  if (e['max']) return { key: 'fieldErrors.max', params: { max: params(e['max'])['max'] } };
  if (e['decimal']) return { key: 'fieldErrors.decimal', params: params(e['decimal']) };
  if (e['wholeNumber']) return { key: 'fieldErrors.wholeNumber', params: {} };
  if (e['maxlength']) return { key: 'fieldErrors.maxlength', params: { max: params(e['maxlength'])['requiredLength'] } };
  if (e['minlength']) return { key: 'fieldErrors.minlength', params: { min: params(e['minlength'])['requiredLength'] } };
  if (e['email']) return { key: 'fieldErrors.email', params: {} };
  if (e['pattern']) return { key: String(params(e['pattern'])['requiredPattern']) === String(/^\d+$/) ? 'fieldErrors.wholeNumber' : 'fieldErrors.invalid', params: {} };
  if (e['pastDate']) return { key: 'fieldErrors.pastDate', params: {} };
  if (e['date']) return { key: 'fieldErrors.date', params: {} };
  if (e['bcMessage']) return typeof e['bcMessage'] === 'string' ? { key: e['bcMessage'], params: {} } : { key: String(params(e['bcMessage'])['key']), params: params(params(e['bcMessage'])['params']) };
  if (e['server']) return { key: 'fieldErrors.server', params: {} };
  return { key: 'fieldErrors.invalid', params: {} };
}

/** Today as YYYY-MM-DD in the reader's own time zone (what a date input shows). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Validators the product's forms share, each with its message in `fieldErrorMessage`. */
export const BcValidators = {
  /** A YYYY-MM-DD date not before today (empty passes). */
  notInPast(now: () => Date = () => new Date()): ValidatorFn {
    return (control: AbstractControl) => {
      const value = String(control.value ?? '').trim();
      if (!value) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return { date: true };
      return value < todayIso(now()) ? { pastDate: true } : null;
    };
  },
  /**
   * A non-negative decimal with at most `digits` places before and `places` after the point (a
   * comma counts as the point); empty passes. For number inputs too: a number too large to be
   * exact (20 digits) fails instead of turning into 1e+20.
   */
  decimal(digits: number, places: number): ValidatorFn {
    const pattern = new RegExp(`^\\d{1,${digits}}([.,]\\d{1,${places}})?$`);
    return (control: AbstractControl) => {
      const raw = control.value;
      if (raw === null || raw === undefined || raw === '') return null;
      if (typeof raw === 'number' && !Number.isFinite(raw)) return { number: true };
      const text = String(raw).trim();
      if (text.startsWith('-')) return { min: { min: 0, actual: raw } };
      if (!/^[\d.,]+$/.test(text)) return { number: true };
      return pattern.test(text) ? null : { decimal: { digits, places } };
    };
  },
};

/** Where a server error may go, and what it puts there. */
export interface ServerFieldOptions {
  /** Only these control paths may take it (a filter form shows refusals of other fields in its banner). */
  only?: readonly string[];
  /** What the control gets: `{ server: true }` unless the page has its own message (`{ bcMessage: 'x.y' }`). */
  errors?: ValidationErrors;
  /** Leaves groups and arrays alone: the error goes on a field or nowhere. */
  fieldsOnly?: boolean;
}

/**
 * Marks one control as refused by the server: `errors` beside its own, touched so that its
 * message shows at once.
 */
export function markServerError(control: AbstractControl, errors: ValidationErrors = { server: true }): void {
  control.setErrors({ ...(control.errors ?? {}), ...errors });
  control.markAsTouched();
}

/**
 * The one way a server error that names a field (`extensions.field`, e.g.
 * `input.lines.2.unitPrice`) reaches a reactive form: the control it names (by its full path or
 * its last segments) gets `{ server: true }` and is marked touched, so its own message shows
 * there. `aliases` maps server names to control paths where they differ (`categoryCode` →
 * `category`). Returns false when no control matches: the caller shows the error in its banner.
 */
export function showServerFieldError(
  form: AbstractControl,
  error: { field?: string },
  aliases: Record<string, string> = {},
  options: ServerFieldOptions = {},
): boolean {
  if (!error.field) return false;
  const segments = error.field.split('.');
  for (let start = 0; start < segments.length; start++) {
    const suffix = segments.slice(start).join('.');
    const path = aliases[suffix] ?? suffix;
    if (options.only && !options.only.includes(path)) continue;
    const control = form.get(path);
    if (!control || control === form) continue;
    if (options.fieldsOnly && 'controls' in control) return false;
    markServerError(control, options.errors);
    return true;
  }
  return false;
}

/**
 * The message of a control's first error, in the reader's language. Put inside `<mat-error>`:
 * `<mat-error><bc-field-error [control]="form.controls.title" /></mat-error>`.
 */
@Component({
  selector: 'bc-field-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (message(); as m) {{{ m.key | translate: m.params }}}`,
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
  private readonly errors = signal<ValidationErrors | null>(null);
  protected readonly message = computed(() => fieldErrorMessage(this.errors()));

  constructor() {
    effect((onCleanup) => {
      const control = this.control();
      this.errors.set(control.errors);
      const subscription = control.events.subscribe(() => this.errors.set(control.errors));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}

/**
 * "n / max" under a field with a length limit: the limit is shown as the user types instead of the
 * browser cutting the text silently (`maxlength` attributes do). Put inside `<mat-hint align="end">`.
 */
@Component({
  selector: 'bc-char-count',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.bc-char-count--over]': 'length() > max()' },
  template: `{{ length() }} / {{ max() }}`,
  styles: `
    :host.bc-char-count--over {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class CharCount {
  /** The control whose value is counted; or `text` for a field outside a reactive form. */
  readonly control = input<AbstractControl | null>(null);
  readonly text = input<string | null | undefined>(undefined);
  readonly max = input.required<number>();
  private readonly value = signal<unknown>('');
  protected readonly length = computed(() => [...String((this.control() ? this.value() : this.text()) ?? '')].length);

  constructor() {
    effect((onCleanup) => {
      const control = this.control();
      if (!control) return;
      this.value.set(control.value);
      const subscription = control.valueChanges.subscribe((v) => this.value.set(v));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
