import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { ConditionalDiscountType, QuoteConditionalDiscountInput } from '@bc/web/data-access';
import { isPositiveDecimal, normalizeDecimal } from './decimal';

/** The server's limits for conditional offers (quote-content.ts in the API). */
export const MAX_OFFERS = 10;
const PERCENT = /^\d{1,3}([.,]\d{1,2})?$/;
const AMOUNT = /^\d{1,16}([.,]\d{1,2})?$/;

/** What a conditional offer asks for: an awarded value of at least minValue, or the whole of the chosen lines. */
export type OfferCondition = 'MIN_VALUE' | 'LINES';

export type OfferForm = FormGroup<{
  type: FormControl<ConditionalDiscountType>;
  value: FormControl<string>;
  condition: FormControl<OfferCondition>;
  minValue: FormControl<string>;
  lineKeys: FormControl<string[]>;
  note: FormControl<string>;
}>;

/** An offer as the API sends it (QuoteContent.conditionalDiscounts). */
export interface Offer {
  type: ConditionalDiscountType;
  value: string;
  minValue: string | null;
  lineKeys: readonly string[];
  note: string;
}

const sibling = <T>(control: AbstractControl, name: string): T | undefined => control.parent?.get(name)?.value as T | undefined;

/** The discount: a percentage above 0 and at most 100 with up to 2 places, or an amount above 0 with up to 2. */
const valueValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const text = String(control.value ?? '').trim();
  if (!text) return null;
  const percent = sibling<ConditionalDiscountType>(control, 'type') !== 'AMOUNT';
  const decimal = normalizeDecimal(text);
  if (percent) return PERCENT.test(text) && isPositiveDecimal(decimal) && Number(decimal) <= 100 ? null : { offerPercent: true };
  return AMOUNT.test(text) && isPositiveDecimal(decimal) ? null : { offerAmount: true };
};

/** The minimum awarded value: required (an amount above 0) while it is the condition. */
const minValueValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  if (sibling<OfferCondition>(control, 'condition') !== 'MIN_VALUE') return null;
  const text = String(control.value ?? '').trim();
  if (!text) return { required: true };
  return AMOUNT.test(text) && isPositiveDecimal(normalizeDecimal(text)) ? null : { offerAmount: true };
};

/** The lines: at least one while they are the condition. */
const lineKeysValidator: ValidatorFn = (control: AbstractControl<string[]>): ValidationErrors | null =>
  sibling<OfferCondition>(control, 'condition') === 'LINES' && (control.value ?? []).length === 0 ? { offerLines: true } : null;

/**
 * One conditional offer's fields, from `offer` (a draft's or a revision's) or empty: 2 % off from a
 * minimum value. Changing the type checks the value again, changing the condition both conditions.
 */
export function offerForm(offer?: Offer): OfferForm {
  const form: OfferForm = new FormGroup({
    type: new FormControl<ConditionalDiscountType>(offer?.type ?? 'PERCENT', { nonNullable: true }),
    value: new FormControl(offer?.value ?? '', { nonNullable: true, validators: [Validators.required, valueValidator] }),
    condition: new FormControl<OfferCondition>(offer && offer.minValue === null && offer.lineKeys.length > 0 ? 'LINES' : 'MIN_VALUE', { nonNullable: true }),
    minValue: new FormControl(offer?.minValue ?? '', { nonNullable: true, validators: [minValueValidator] }),
    lineKeys: new FormControl<string[]>([...(offer?.lineKeys ?? [])], { nonNullable: true, validators: [lineKeysValidator] }),
    note: new FormControl(offer?.note ?? '', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  const c = form.controls;
  c.type.valueChanges.subscribe(() => c.value.updateValueAndValidity());
  c.condition.valueChanges.subscribe(() => {
    c.minValue.updateValueAndValidity();
    c.lineKeys.updateValueAndValidity();
  });
  // The validators read their siblings, which exist only now.
  c.value.updateValueAndValidity();
  c.minValue.updateValueAndValidity();
  c.lineKeys.updateValueAndValidity();
  return form;
}

/** What an offer's fields say as the API's input: only the chosen condition, decimal commas as points, lines in `lineOrder`. */
export function toOfferInput(form: OfferForm, lineOrder: readonly string[]): QuoteConditionalDiscountInput {
  const v = form.getRawValue();
  const decimal = (text: string) => normalizeDecimal(text) ?? text.trim();
  const chosen = new Set(v.lineKeys);
  return {
    type: v.type,
    value: decimal(v.value),
    minValue: v.condition === 'MIN_VALUE' ? decimal(v.minValue) : null,
    lineKeys: v.condition === 'LINES' ? lineOrder.filter((k) => chosen.has(k)) : [],
    note: v.note.trim(),
  };
}

/** The translation key of an offer in plain words ("2 % off if awarded at least …"): by its type and its condition. */
export function offerWordingKey(offer: Pick<Offer, 'type' | 'minValue'>): string {
  return `conditionalOffer.${offer.type === 'PERCENT' ? 'percent' : 'amount'}${offer.minValue !== null ? 'Min' : 'Lines'}`;
}

/** The lines of an offer's condition as words: "1. Press, 2. Die set", in the RFQ's order, unknown keys as they are. */
export function offerLinesText(lineKeys: readonly string[], lines: ReadonlyArray<{ key: string; position: number; description: string }>): string {
  const byKey = new Map(lines.map((l) => [l.key, l]));
  return [...lineKeys]
    .map((key) => byKey.get(key) ?? { key, position: Number.MAX_SAFE_INTEGER, description: key })
    .sort((a, b) => a.position - b.position)
    .map((l) => (l.position === Number.MAX_SAFE_INTEGER ? l.description : `${l.position}. ${l.description}`))
    .join(', ');
}
