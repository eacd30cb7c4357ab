/** NIST SP 800-63B: length is what matters; no composition rules; refuse common passwords. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
