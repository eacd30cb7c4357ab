import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { PortalInvitationFieldsFragment, QuoteInput, RequirementCompliance } from '@bc/web/data-access';
import { trimDecimal } from '@bc/shared/domain';
import { addDaysIso, isPositiveDecimal, lineTotal, normalizeDecimal, typedQuoteTotal } from './decimal';
import { MAX_OFFERS, OfferForm, offerForm, toOfferInput } from './offers-form';

export type PortalRfq = PortalInvitationFieldsFragment['rfq'];
/** What a supplier quoted: the draft, or the content of a submitted revision (the same fields). */
export type QuoteContent = NonNullable<PortalInvitationFieldsFragment['quote']['draft']>;

/** The server's limits (quote-content.ts in the API). */
export const MAX_ALTERNATIVES = 3;
export const MAX_TEXT = 2000;
const PRICE = /^\d{1,12}([.,]\d{1,4})?$/;
const QUANTITY = /^\d{1,11}([.,]\d{1,3})?$/;

/** A positive decimal with up to `places` decimals (a comma counts as the point); empty passes. */
function decimalValidator(pattern: RegExp, error: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (!text) return null;
    return pattern.test(text) && isPositiveDecimal(normalizeDecimal(text)) ? null : { [error]: true };
  };
}

export const priceValidator = decimalValidator(PRICE, 'price');
export const quantityValidator = decimalValidator(QUANTITY, 'quantity');
const leadTimeValidators = [Validators.min(0), Validators.max(3650), Validators.pattern(/^\d+$/)];

export type AlternativeForm = FormGroup<{
  description: FormControl<string>;
  unitPrice: FormControl<string>;
  quantity: FormControl<string>;
  leadTimeDays: FormControl<number | null>;
}>;

export type LineForm = FormGroup<{
  lineKey: FormControl<string>;
  unitPrice: FormControl<string>;
  quantity: FormControl<string>;
  leadTimeDays: FormControl<number | null>;
  note: FormControl<string>;
  alternatives: FormArray<AlternativeForm>;
}>;

export type AnswerForm = FormGroup<{
  requirementKey: FormControl<string>;
  compliance: FormControl<RequirementCompliance | null>;
  comment: FormControl<string>;
}>;

export type QuoteForm = FormGroup<{
  currency: FormControl<string>;
  supplierReference: FormControl<string>;
  validUntil: FormControl<string>;
  paymentTerms: FormControl<string>;
  deliveryTerms: FormControl<string>;
  note: FormControl<string>;
  lines: FormArray<LineForm>;
  answers: FormArray<AnswerForm>;
  conditionalDiscounts: FormArray<OfferForm>;
}>;

const text = (value = '', max = MAX_TEXT) => new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max)] });

export function alternativeForm(alt?: QuoteContent['lines'][number]['alternatives'][number]): AlternativeForm {
  return new FormGroup({
    description: new FormControl(alt?.description ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_TEXT)] }),
    unitPrice: new FormControl(alt?.unitPrice ?? '', { nonNullable: true, validators: [Validators.required, priceValidator] }),
    quantity: new FormControl(trimDecimal(alt?.quantity ?? ''), { nonNullable: true, validators: [Validators.required, quantityValidator] }),
    leadTimeDays: new FormControl<number | null>(alt?.leadTimeDays ?? null, leadTimeValidators),
  });
}

/**
 * The quote form for an RFQ: one row per RFQ line and one answer per requirement, in the RFQ's
 * order (so the server's `input.lines.3.unitPrice` is row 3), filled from `content` (the draft or
 * the latest revision) where it has the line, else with the requested quantity. Without content the
 * currency is the RFQ's, the terms are the RFQ's and the quote is valid for the RFQ's validity days.
 */
export function quoteForm(rfq: PortalRfq, content: QuoteContent | null, today: Date): QuoteForm {
  const quoted = new Map((content?.lines ?? []).map((l) => [l.lineKey, l]));
  const answered = new Map((content?.answers ?? []).map((a) => [a.requirementKey, a]));
  const lines = [...rfq.lines]
    .sort((a, b) => a.position - b.position)
    .map((line) => {
      const q = quoted.get(line.key);
      return new FormGroup({
        lineKey: new FormControl(line.key, { nonNullable: true }),
        unitPrice: new FormControl(q?.unitPrice ?? '', { nonNullable: true, validators: [priceValidator] }),
        quantity: new FormControl(trimDecimal(q ? (q.quantity ?? '') : line.quantity), { nonNullable: true, validators: [quantityValidator] }),
        leadTimeDays: new FormControl<number | null>(q?.leadTimeDays ?? null, leadTimeValidators),
        note: text(q?.note ?? ''),
        alternatives: new FormArray((q?.alternatives ?? []).slice(0, MAX_ALTERNATIVES).map((a) => alternativeForm(a))),
      });
    });
  const answers = [...rfq.requirements]
    .sort((a, b) => a.position - b.position)
    .map((req) => {
      const a = answered.get(req.key);
      return new FormGroup({
        requirementKey: new FormControl(req.key, { nonNullable: true }),
        compliance: new FormControl<RequirementCompliance | null>(a?.compliance ?? null),
        comment: text(a?.comment ?? ''),
      });
    });
  return new FormGroup({
    currency: new FormControl(content?.currency ?? rfq.currency, { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Z]{3}$/)] }),
    supplierReference: text(content?.supplierReference ?? '', 200),
    validUntil: new FormControl(content ? (content.validUntil ?? '') : addDaysIso(today, rfq.validityDays), { nonNullable: true }),
    paymentTerms: text(content ? content.paymentTerms : rfq.paymentTerms),
    deliveryTerms: text(content ? content.deliveryTerms : rfq.deliveryTerms),
    note: text(content?.note ?? ''),
    lines: new FormArray(lines),
    answers: new FormArray(answers),
    conditionalDiscounts: new FormArray((content?.conditionalDiscounts ?? []).slice(0, MAX_OFFERS).map((d) => offerForm(d))),
  });
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const decimalOrNull = (value: string) => (value.trim() === '' ? null : (normalizeDecimal(value) ?? value.trim()));
const days = (value: number | string | null) => (value === null || value === '' ? null : Number(value));

/** What the form says as the API's QuoteInput: empty price = line not quoted, decimal commas as points. */
export function toQuoteInput(form: QuoteForm, attachmentIds: readonly string[]): QuoteInput {
  const v = form.getRawValue();
  return {
    currency: v.currency,
    supplierReference: orNull(v.supplierReference),
    validUntil: orNull(v.validUntil),
    paymentTerms: v.paymentTerms.trim(),
    deliveryTerms: v.deliveryTerms.trim(),
    note: v.note.trim(),
    lines: v.lines.map((line) => ({
      lineKey: line.lineKey,
      unitPrice: decimalOrNull(line.unitPrice),
      quantity: decimalOrNull(line.quantity),
      leadTimeDays: days(line.leadTimeDays),
      note: line.note.trim(),
      alternatives: line.alternatives.map((alt) => ({
        description: alt.description.trim(),
        unitPrice: decimalOrNull(alt.unitPrice) ?? '',
        quantity: decimalOrNull(alt.quantity) ?? '',
        leadTimeDays: days(alt.leadTimeDays),
      })),
    })),
    answers: v.answers.map((a) => ({ requirementKey: a.requirementKey, compliance: a.compliance, comment: a.comment.trim() })),
    conditionalDiscounts: form.controls.conditionalDiscounts.controls.map((offer) => toOfferInput(offer, v.lines.map((l) => l.lineKey))),
    attachmentIds: [...attachmentIds],
  };
}

/**
 * price × quantity (2 places) as the form stands, or null while either field is invalid: a number the
 * server would refuse (a 20-digit price, say) never feeds a total.
 */
export function formLineTotal(line: LineForm | AlternativeForm): string | null {
  const { unitPrice, quantity } = line.controls;
  if (unitPrice.invalid || quantity.invalid) return null;
  return lineTotal(unitPrice.value, quantity.value);
}

/**
 * Σ of the quoted lines' totals (`typedQuoteTotal`, as the server totals a quote; alternatives are
 * not added: they replace, not add to, a line);
 * null while any priced line is invalid, so the sum never leaves out or misreads a line silently.
 */
export function formGrandTotal(form: QuoteForm): string | null {
  const lines = form.controls.lines.controls;
  if (lines.some((l) => l.controls.unitPrice.value.trim() !== '' && (l.controls.unitPrice.invalid || l.controls.quantity.invalid))) return null;
  return typedQuoteTotal(lines.map((l) => ({ unitPrice: l.controls.unitPrice.value, quantity: l.controls.quantity.value })));
}

export type SubmitProblem = 'noLineQuoted' | 'validUntil' | 'mustHave' | 'offerUnpriced';

/**
 * The rules a submission must meet beyond the field formats (the server checks them again): a
 * quoted line needs quantity and lead time, one line at least is quoted in full, the quote says
 * until when it is valid, every must-have requirement is answered, and a conditional offer asks
 * only for lines the quote prices. Marks the controls at fault.
 */
export function checkSubmit(form: QuoteForm, rfq: PortalRfq): SubmitProblem[] {
  const problems = new Set<SubmitProblem>();
  let complete = 0;
  for (const line of form.controls.lines.controls) {
    const c = line.controls;
    if (c.unitPrice.value.trim() === '') continue;
    const missingQuantity = c.quantity.value.trim() === '';
    const missingLeadTime = c.leadTimeDays.value === null || String(c.leadTimeDays.value) === '';
    if (missingQuantity) flag(c.quantity);
    if (missingLeadTime) flag(c.leadTimeDays);
    if (!missingQuantity && !missingLeadTime && c.unitPrice.valid && c.quantity.valid && c.leadTimeDays.valid) complete++;
  }
  if (complete === 0) problems.add('noLineQuoted');
  if (!form.controls.validUntil.value) {
    flag(form.controls.validUntil);
    problems.add('validUntil');
  }
  const mustHave = new Set(rfq.requirements.filter((r) => r.kind === 'MUST_HAVE').map((r) => r.key));
  for (const answer of form.controls.answers.controls) {
    if (mustHave.has(answer.controls.requirementKey.value) && !answer.controls.compliance.value) {
      flag(answer.controls.compliance);
      problems.add('mustHave');
    }
  }
  const priced = new Set(form.controls.lines.controls.filter((l) => l.controls.unitPrice.value.trim() !== '').map((l) => l.controls.lineKey.value));
  for (const offer of form.controls.conditionalDiscounts.controls) {
    const { condition, lineKeys } = offer.controls;
    // A mark of an earlier attempt goes: the line may be priced by now.
    lineKeys.updateValueAndValidity({ emitEvent: false });
    if (condition.value === 'LINES' && lineKeys.value.some((key) => !priced.has(key))) {
      lineKeys.setErrors({ ...(lineKeys.errors ?? {}), offerUnpriced: true });
      lineKeys.markAsTouched();
      problems.add('offerUnpriced');
    }
  }
  return [...problems];
}

function flag(control: AbstractControl): void {
  control.setErrors({ ...(control.errors ?? {}), required: true });
  control.markAsTouched();
}

/**
 * The control a server error's field points at (`input.lines.0.unitPrice` → lines › 0 › unitPrice;
 * one line of an offer's condition, `…lineKeys.1`, → the offer's lines), or null when the form has
 * no such control (e.g. `invitationId`).
 */
export function controlForField(form: QuoteForm, field: string | undefined): AbstractControl | null {
  if (!field?.startsWith('input.')) return null;
  const path = field.slice('input.'.length).replace(/(\.lineKeys)\.\d+$/, '$1');
  return form.get(path);
}
