// Plain numbers, no zod: the dashboard checks the same limits before sending without loading the schemas.
export const EMAIL_MAX_LENGTH = 320;
export const PASSWORD_MAX_LENGTH = 200;
