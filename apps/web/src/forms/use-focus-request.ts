import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Asks for focus to move to one of the named elements after the next render, when a field that
 * only just appeared (an error, a unit select) is in the DOM. Each request is a new object, so
 * focus moves again even to the same place.
 */
export function useFocusRequest<K extends string>(
  targets: Record<K, RefObject<HTMLElement | null>>,
): (to: K) => void {
  const [request, setRequest] = useState<{ to: K } | null>(null);
  const targetsRef = useRef(targets);
  useEffect(() => {
    targetsRef.current = targets;
  });
  useEffect(() => {
    if (request) targetsRef.current[request.to].current?.focus();
  }, [request]);
  return (to) => setRequest({ to });
}
