// Plain numbers, no zod: the dashboard checks the same limits before sending without loading the schemas.
export const EMAIL_MAX_LENGTH = 320;
export const PASSWORD_MAX_LENGTH = 200;
/** A new local password: long rather than complex (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
export const NAME_MAX_LENGTH = 200;
/** One line of text: a title, a metric, an owner, a name. */
export const TITLE_MAX_LENGTH = 200;
/** Free text: a description, a comment, evidence, a mitigation. */
export const TEXT_MAX_LENGTH = 4000;
/** A web link. */
export const LINK_MAX_LENGTH = 2000;
/** The years a target level may be planned for. */
export const TARGET_YEAR_MIN = 2020;
export const TARGET_YEAR_MAX = 2100;
