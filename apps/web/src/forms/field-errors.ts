/** The first field in form order that has an error: where focus goes so the user can fix it. */
export function findFirstInvalidField<F extends string>(
  errors: Partial<Record<F, unknown>>,
  order: readonly F[],
): F | null {
  return order.find((field) => errors[field] !== undefined) ?? null;
}
