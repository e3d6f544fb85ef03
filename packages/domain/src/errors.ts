/** Typed errors thrown by domain and data code; the API's one error funnel maps them to tRPC codes. */
export class DomainError extends Error {
  constructor(
    readonly kind:
      'NotFound' | 'Conflict' | 'Forbidden' | 'Invalid' | 'Unauthenticated' | 'RateLimited',
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = `${kind}Error`;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super('NotFound', `${what} not found`, { what, key });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('Conflict', message, details);
  }
}

/** Not signed in, or the session has ended. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'not signed in') {
    super('Unauthenticated', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'not allowed') {
    super('Forbidden', message);
  }
}

/** Too many attempts in a short time (sign-in): try again later. */
export class RateLimitedError extends DomainError {
  constructor(message = 'too many attempts') {
    super('RateLimited', message);
  }
}

/**
 * Input that is well-formed but breaks a rule only the data can check (an e-mail already in use).
 * `field` and `code` let the dashboard show it beside the field, like a schema error.
 */
export class InvalidError extends DomainError {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super('Invalid', code, { field, code });
  }
}

/**
 * A document (an imported framework) with problems in several places: each with its path inside
 * the document, so the dashboard lists them all at once, not one per attempt.
 */
export class InvalidDocumentError extends DomainError {
  constructor(
    readonly issues: readonly {
      path: string;
      code: string;
      params?: Record<string, string | number>;
    }[],
  ) {
    super('Invalid', 'invalidDocument', { issues });
  }
}
