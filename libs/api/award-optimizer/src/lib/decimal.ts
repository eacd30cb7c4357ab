import { Decimal } from 'decimal.js';

/**
 * decimal.js with the settings of the domain's money helpers (100 significant digits, half away
 * from zero), as a clone so the library's global configuration is never touched. Rules and
 * discount conditions are checked with it exactly; the solver only ever sees floats.
 */
export const Dec = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** `value` (a number such as a percentage or a score) as an exact decimal of its shortest text. */
export const decOf = (value: number | string): Dec => new Dec(typeof value === 'number' ? String(value) : value);
