import { createHash, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { AMOUNT_RULE, AMOUNT_TOO_LARGE, compareDecimals, dateBoundsProblem, DecimalRule, decimalProblem, lineTotal, MAX_ALTERNATIVES_PER_LINE, MAX_QUOTE_ATTACHMENTS, QUANTITY_RULE, quoteTotal, RequirementCompliance, RequirementKind, UNIT_PRICE_RULE } from '@bc/shared/domain';

/** What a supplier quotes. Stored sealed; its canonical JSON is what the receipt hashes. */
export interface QuoteContent {
  currency: string;
  supplierReference: string | null;
  /** `YYYY-MM-DD`: until when the quote holds. */
  validUntil: string | null;
  paymentTerms: string;
  deliveryTerms: string;
  note: string;
  lines: QuoteLine[];
  answers: QuoteAnswer[];
  attachments: QuoteAttachmentRef[];
  /**
   * Conditional offers (issue 16): discounts the supplier grants if it is awarded at least a value or
   * the whole of some lines. Absent in content sealed before they existed, and left out of the
   * content when there are none, so earlier receipts hash as they did.
   */
  conditionalDiscounts?: QuoteConditionalDiscount[];
}

/** A conditional offer: exactly one condition, a minimum awarded value or a set of whole lines. */
export interface QuoteConditionalDiscount {
  /** PERCENT of the supplier's awarded value, or an AMOUNT off it (never more than that value). */
  type: 'PERCENT' | 'AMOUNT';
  /** Decimal as text: the percentage (above 0, at most 100) or the amount in the quote's currency. */
  value: string;
  /** The condition "awarded at least this value" (quote currency, before discounts); null when lineKeys is the condition. */
  minValue: string | null;
  /** The condition "awarded the whole quantity of each of these lines"; empty when minValue is the condition. */
  lineKeys: string[];
  note: string;
}

export interface QuoteLine {
  /** The specification line's stable key. */
  lineKey: string;
  /** Decimal as text (up to 4 places); null: this line is not quoted. */
  unitPrice: string | null;
  /** What the supplier can deliver (up to 3 places). */
  quantity: string | null;
  leadTimeDays: number | null;
  note: string;
  alternatives: QuoteAlternative[];
}

export interface QuoteAlternative {
  description: string;
  unitPrice: string;
  quantity: string;
  leadTimeDays: number | null;
}

export interface QuoteAnswer {
  requirementKey: string;
  compliance: RequirementCompliance | null;
  comment: string;
}

export interface QuoteAttachmentRef {
  fileId: string;
  name: string;
  sizeBytes: number;
  sha256: string;
}

export interface SpecFacts {
  lines: Array<{ key: string; quantity: string }>;
  requirements: Array<{ key: string; kind: RequirementKind }>;
}

export interface ContentProblem {
  field: string;
  message: string;
  /** A stable name for the rule broken, where a client may act on it (AMOUNT_TOO_LARGE). */
  rule?: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const MAX_TEXT = 2000;

/** At most this many conditional offers in one quote: enough for a tiered scale, few enough to read and to optimize over. */
export const MAX_CONDITIONAL_DISCOUNTS = 10;
/** A conditional offer's percentage: above 0, at most 100, up to 2 decimal places (2.5 %, 12.75 %). */
export const DISCOUNT_PERCENT_RULE: DecimalRule = { digits: 3, places: 2, min: 'positive' };
/** A conditional offer's amount off, and a minimum awarded value: an amount (AMOUNT_RULE) above 0. */
export const DISCOUNT_AMOUNT_RULE: DecimalRule = { ...AMOUNT_RULE, min: 'positive' };

const priceProblem = (d: string) => decimalProblem(d, UNIT_PRICE_RULE);
const quantityProblem = (d: string) => decimalProblem(d, QUANTITY_RULE);
/**
 * Why quantity × unit price (each valid on its own) makes an amount the product cannot keep
 * (AMOUNT_RULE, an award's numeric(18,2)), or null.
 */
const lineTotalProblem = (unitPrice: string | null, quantity: string | null): string | null => {
  if (unitPrice === null || quantity === null || priceProblem(unitPrice) || quantityProblem(quantity)) return null;
  return decimalProblem(lineTotal({ unitPrice, quantity }) ?? '0', AMOUNT_RULE) === null
    ? null
    : `The line total (quantity × unit price) has more than ${AMOUNT_RULE.digits} digits before the point: lower the quantity or the unit price`;
};

/**
 * What is wrong with a quote for this specification. A draft may be incomplete; a submission
 * (`submit`) must quote at least one line in full and answer every must-have requirement.
 */
export function quoteProblems(content: QuoteContent, spec: SpecFacts, submit: boolean, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const p = (field: string, message: string, rule?: string) => problems.push(rule ? { field, message, rule } : { field, message });
  if (!CURRENCY.test(content.currency)) p('input.currency', 'A currency is an ISO 4217 code such as EUR');
  if (content.validUntil !== null) {
    const dateProblem = dateBoundsProblem(content.validUntil);
    if (dateProblem) p('input.validUntil', `validUntil ${dateProblem}`);
    else if (submit && content.validUntil < today) p('input.validUntil', 'The quote must be valid today or later');
  } else if (submit) p('input.validUntil', 'Say until when the quote is valid');
  for (const [field, value] of [
    ['supplierReference', content.supplierReference ?? ''],
    ['paymentTerms', content.paymentTerms],
    ['deliveryTerms', content.deliveryTerms],
    ['note', content.note],
  ] as const) {
    if (value.length > MAX_TEXT) p(`input.${field}`, `${field} must be at most ${MAX_TEXT} characters`);
  }
  const lineKeys = new Set(spec.lines.map((l) => l.key));
  const seenLines = new Set<string>();
  let quoted = 0;
  content.lines.forEach((line, i) => {
    const at = `input.lines.${i}`;
    if (!lineKeys.has(line.lineKey)) p(`${at}.lineKey`, 'No such line in the RFQ');
    else if (seenLines.has(line.lineKey)) p(`${at}.lineKey`, 'This line is given twice');
    seenLines.add(line.lineKey);
    if (line.unitPrice !== null && priceProblem(line.unitPrice)) p(`${at}.unitPrice`, `unitPrice ${priceProblem(line.unitPrice)}`);
    if (line.quantity !== null && quantityProblem(line.quantity)) p(`${at}.quantity`, `quantity ${quantityProblem(line.quantity)}`);
    const tooLarge = lineTotalProblem(line.unitPrice, line.quantity);
    if (tooLarge) p(`${at}.unitPrice`, tooLarge, AMOUNT_TOO_LARGE);
    if (line.leadTimeDays !== null && !(Number.isInteger(line.leadTimeDays) && line.leadTimeDays >= 0 && line.leadTimeDays <= 3650)) {
      p(`${at}.leadTimeDays`, 'A lead time is 0 to 3650 days');
    }
    if (line.note.length > MAX_TEXT) p(`${at}.note`, `A note is at most ${MAX_TEXT} characters`);
    if (line.unitPrice !== null) {
      if (submit && line.quantity === null) p(`${at}.quantity`, 'Say which quantity you can deliver');
      if (submit && line.leadTimeDays === null) p(`${at}.leadTimeDays`, 'Say the lead time');
      quoted++;
    }
    if (line.alternatives.length > MAX_ALTERNATIVES_PER_LINE) p(`${at}.alternatives`, `At most ${MAX_ALTERNATIVES_PER_LINE} alternatives per line`);
    line.alternatives.forEach((alt, j) => {
      const a = `${at}.alternatives.${j}`;
      if (!alt.description.trim() || alt.description.length > MAX_TEXT) p(`${a}.description`, 'Describe the alternative (up to 2000 characters)');
      if (priceProblem(alt.unitPrice)) p(`${a}.unitPrice`, `unitPrice ${priceProblem(alt.unitPrice)}`);
      if (quantityProblem(alt.quantity)) p(`${a}.quantity`, `quantity ${quantityProblem(alt.quantity)}`);
      const altTooLarge = lineTotalProblem(alt.unitPrice, alt.quantity);
      if (altTooLarge) p(`${a}.unitPrice`, altTooLarge, AMOUNT_TOO_LARGE);
      if (alt.leadTimeDays !== null && !(Number.isInteger(alt.leadTimeDays) && alt.leadTimeDays >= 0 && alt.leadTimeDays <= 3650)) {
        p(`${a}.leadTimeDays`, 'A lead time is 0 to 3650 days');
      }
    });
  });
  if (submit && quoted === 0) p('input.lines', 'Quote a price for at least one line');
  if (problems.length === 0) {
    const total = quoteTotal(content.lines.filter((l) => lineKeys.has(l.lineKey)));
    if (total !== null && decimalProblem(total, AMOUNT_RULE) !== null) {
      p('input.lines', `The quote total has more than ${AMOUNT_RULE.digits} digits before the point: lower the quantities or the unit prices`, AMOUNT_TOO_LARGE);
    }
  }
  const requirementKinds = new Map(spec.requirements.map((r) => [r.key, r.kind]));
  const answered = new Map<string, QuoteAnswer>();
  content.answers.forEach((answer, i) => {
    const at = `input.answers.${i}`;
    if (!requirementKinds.has(answer.requirementKey)) p(`${at}.requirementKey`, 'No such requirement in the RFQ');
    else if (answered.has(answer.requirementKey)) p(`${at}.requirementKey`, 'This requirement is answered twice');
    answered.set(answer.requirementKey, answer);
    if (answer.compliance !== null && !Object.values(RequirementCompliance).includes(answer.compliance)) p(`${at}.compliance`, 'Unknown answer');
    if (answer.comment.length > MAX_TEXT) p(`${at}.comment`, `A comment is at most ${MAX_TEXT} characters`);
  });
  if (submit) {
    spec.requirements.forEach((r) => {
      if (r.kind === RequirementKind.MUST_HAVE && !answered.get(r.key)?.compliance) {
        p('input.answers', 'Answer every must-have requirement');
      }
    });
  }
  if (content.attachments.length > MAX_QUOTE_ATTACHMENTS) p('input.attachmentIds', `At most ${MAX_QUOTE_ATTACHMENTS} attachments`);
  conditionalDiscountProblems(content, lineKeys, submit, p);
  return dedupe(problems);
}

/**
 * The rules of conditional offers: a value by its type (a percentage up to 100 with 2 places, or an
 * amount), exactly one condition (a minimum awarded value, or whole lines of this RFQ), no line
 * named twice, no offer given twice. On submission the lines of a condition must be lines the
 * quote prices: an offer cannot hang on a line the supplier does not offer.
 */
function conditionalDiscountProblems(content: QuoteContent, specLines: ReadonlySet<string>, submit: boolean, p: (field: string, message: string, rule?: string) => void): void {
  const offers = content.conditionalDiscounts ?? [];
  if (offers.length > MAX_CONDITIONAL_DISCOUNTS) p('input.conditionalDiscounts', `At most ${MAX_CONDITIONAL_DISCOUNTS} conditional offers`);
  const priced = new Set(content.lines.filter((l) => l.unitPrice !== null).map((l) => l.lineKey));
  const sound: boolean[] = [];
  offers.forEach((offer, i) => {
    const at = `input.conditionalDiscounts.${i}`;
    sound[i] = true;
    const fail = (field: string, message: string, rule?: string) => ((sound[i] = false), p(`${at}.${field}`, message, rule));
    if (offer.type === 'PERCENT') {
      const problem = decimalProblem(offer.value, DISCOUNT_PERCENT_RULE);
      if (problem) fail('value', `A percentage ${problem}`);
      else if (compareDecimals(offer.value, '100') > 0) fail('value', 'A percentage is at most 100');
    } else if (offer.type === 'AMOUNT') {
      const problem = decimalProblem(offer.value, DISCOUNT_AMOUNT_RULE);
      if (problem) fail('value', `An amount ${problem}`, /digits before/.test(problem) ? AMOUNT_TOO_LARGE : undefined);
    } else fail('type', 'A conditional offer is PERCENT or AMOUNT');
    const lines = offer.lineKeys ?? [];
    if (offer.minValue !== null && lines.length > 0) fail('lineKeys', 'Give one condition: a minimum value or lines, not both');
    else if (offer.minValue === null && lines.length === 0) fail('minValue', 'Give a condition: a minimum awarded value, or the lines that must be awarded');
    if (offer.minValue !== null) {
      const problem = decimalProblem(offer.minValue, DISCOUNT_AMOUNT_RULE);
      if (problem) fail('minValue', `A minimum value ${problem}`, /digits before/.test(problem) ? AMOUNT_TOO_LARGE : undefined);
    }
    const named = new Set<string>();
    lines.forEach((key, k) => {
      if (!specLines.has(key)) fail(`lineKeys.${k}`, 'No such line in the RFQ');
      else if (named.has(key)) fail(`lineKeys.${k}`, 'This line is named twice');
      else if (submit && !priced.has(key)) fail(`lineKeys.${k}`, 'This line is not quoted: an offer can ask only for lines you price');
      named.add(key);
    });
    if (offer.note.length > MAX_TEXT) fail('note', `A note is at most ${MAX_TEXT} characters`);
    // The same offer twice (4 and 4.00 are the same value; the order of the lines does not matter).
    const same = sound[i] ? offers.findIndex((other, j) => j < i && sound[j] && sameOffer(other, offer)) : -1;
    if (same >= 0) p(`${at}.value`, `The same offer as conditional offer ${same + 1}`);
  });
}

function sameOffer(a: QuoteConditionalDiscount, b: QuoteConditionalDiscount): boolean {
  if (a.type !== b.type || compareDecimals(a.value, b.value) !== 0) return false;
  if (a.minValue !== null || b.minValue !== null) return a.minValue !== null && b.minValue !== null && compareDecimals(a.minValue, b.minValue) === 0;
  return [...a.lineKeys].sort().join() === [...b.lineKeys].sort().join();
}

/**
 * The content as it is stored and hashed: without `conditionalDiscounts` when there are none, so a
 * quote without conditional offers has the very canonical JSON it had before they existed.
 */
export function storedContent(content: QuoteContent): QuoteContent {
  if (content.conditionalDiscounts === undefined || content.conditionalDiscounts.length > 0) return content;
  const { conditionalDiscounts: _none, ...rest } = content;
  void _none;
  return rest;
}

function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((x) => (seen.has(x.field + x.message) ? false : (seen.add(x.field + x.message), true)));
}

/**
 * Sorted keys, no whitespace (RFC 8785 via the `canonicalize` package): the same content always
 * gives the same text, and so the same hash. For the JSON a quote is stored as, this is the text the
 * hand-written form before it gave, so format-1 receipts still verify.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Content cannot be canonicalized');
  return text;
}

/** The receipt: SHA-256 (hex) of the receipt document (the exact text, UTF-8). */
export function receiptHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Receipt formats. 1 (before issue 11): the canonical JSON of `{ rfq, supplier, revision, quote }`;
 * nothing in it is secret, so whoever sees the hash and the rest of the quote can try prices until
 * one matches. 2: RFC 8785 canonical JSON of `{ format: 2, nonce, rfq, supplier, revision, quote }`,
 * where the nonce is 256 random bits given only to the supplier: a commitment, the hash says
 * nothing without the nonce. Stored revisions keep their format and keep verifying.
 */
export const RECEIPT_FORMAT = 2;
export type ReceiptFormat = 1 | 2;

export interface ReceiptFacts {
  format: ReceiptFormat;
  /** 64 hex digits (format 2); null for format 1. */
  nonce: string | null;
  rfqReference: string;
  supplierName: string;
  revision: number;
  content: QuoteContent;
}

/** 256 random bits, hex: the secret that makes a receipt a commitment. */
export function newReceiptNonce(): string {
  return randomBytes(32).toString('hex');
}

/** What the receipt covers: the content plus where it was submitted, so a hash cannot be moved to another RFQ. */
export function receiptDocument(f: ReceiptFacts): string {
  const covered = { rfq: f.rfqReference, supplier: f.supplierName, revision: f.revision, quote: f.content };
  if (f.format === 1) return canonicalJson(covered);
  if (!f.nonce || !/^[0-9a-f]{64}$/.test(f.nonce)) throw new Error('A format 2 receipt needs a 256-bit nonce');
  // RFC 8785 (JCS): the standard canonical form, so a supplier can verify with any JCS tool.
  const text = canonicalize({ format: 2, nonce: f.nonce, ...covered });
  if (text === undefined) throw new Error('Receipt document cannot be canonicalized');
  return text;
}

export function emptyContent(currency: string): QuoteContent {
  return { currency, supplierReference: null, validUntil: null, paymentTerms: '', deliveryTerms: '', note: '', lines: [], answers: [], attachments: [] };
}
