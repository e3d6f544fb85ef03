import { useEffect, useState } from 'react';
import { findFirstInvalidField } from './field-errors';

/**
 * Moves focus to the element with this DOM id after the next render, when what it names (an error, an
 * alert) has only just appeared. Each request is a new object, so focus moves again to the same place.
 */
export function useFocusById(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id) => setRequest({ id });
}

/**
 * A form's errors after a failed submit: each field's own, and the form's when no field is to blame.
 * `fail` shows them (the earlier ones go) and moves focus to the first invalid field in form order, or
 * to the form's alert; `clear` drops them all, e.g. when a conflict takes the form's place.
 */
export function useFormErrors<K extends string, E, F = true>({
  order,
  idOf,
  alertId,
}: {
  order: readonly K[];
  idOf: (key: K) => string;
  alertId: string;
}) {
  const [errors, setErrors] = useState<Partial<Record<K, E>>>({});
  const [formError, setFormError] = useState<F | null>(null);
  const focusOn = useFocusById();

  function fail(fieldErrors: Partial<Record<K, E>>, form: F | null = null) {
    setErrors(fieldErrors);
    setFormError(form);
    const first = findFirstInvalidField(fieldErrors, order);
    focusOn(first ? idOf(first) : alertId);
  }

  function clear() {
    setErrors({});
    setFormError(null);
  }

  return { errors, formError, fail, clear, focusOn };
}
