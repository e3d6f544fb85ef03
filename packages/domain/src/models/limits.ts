// Plain numbers, no zod: the dashboard checks the same limits before sending without loading the schemas.
export const EMAIL_MAX_LENGTH = 320;
export const PASSWORD_MAX_LENGTH = 200;
/** A new local password: long rather than complex (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
export const NAME_MAX_LENGTH = 200;
