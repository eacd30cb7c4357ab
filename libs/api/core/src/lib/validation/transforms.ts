/** class-transformer `@Transform` functions shared by the input types: text is trimmed before it is validated. */
type Input = { value: unknown };

/** Trims text. */
export const trim = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);
/** Trims text; empty text becomes null. */
export const trimOrNull = ({ value }: Input) => (typeof value === 'string' ? value.trim() || null : value);
/** Trims and upper-cases text (codes such as currencies). */
export const upper = ({ value }: Input) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
