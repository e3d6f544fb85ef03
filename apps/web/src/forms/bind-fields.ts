import type { ChangeEvent } from 'react';

/** The keys of a form's values that hold plain strings: the ones a text field or select edits directly. */
type StringKeyOf<V> = { [P in keyof V]: V[P] extends string ? P : never }[keyof V];

/** What a form's field parts share: the values, a way to patch them, and each field's DOM id and message. */
export interface FieldForm<V, K extends string> {
  values: V;
  onChange: (patch: Partial<V>) => void;
  idOf: (key: K) => string;
  /** The field's error in the reader's language, or undefined when it is fine. */
  message: (key: K) => string | undefined;
}

/**
 * Binds a form's string values to its fields: `field('title')` is the id, value, error and change
 * handler a TextField, TextAreaField or SelectField takes, so each field states only its label and hints.
 */
export function bindFields<V, K extends string>(form: FieldForm<V, K>) {
  return (key: K & StringKeyOf<V>) => ({
    id: form.idOf(key),
    error: form.message(key),
    value: form.values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      form.onChange({ [key]: e.target.value } as Partial<V>);
    },
  });
}
