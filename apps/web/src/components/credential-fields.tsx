import type { ComponentProps } from 'react';
import { TextField } from './form-field';

type FieldProps = ComponentProps<typeof TextField>;

/** A password, as the browser and password managers expect it; `autoComplete` says which one. */
export function PasswordTextField(props: FieldProps) {
  return <TextField type="password" autoComplete="current-password" required {...props} />;
}

/**
 * A one-time code from an authenticator app: digits on a phone's keypad, offered from the phone's own
 * code suggestions. A field that also takes recovery codes leaves `inputMode` undefined.
 */
export function CodeField(props: FieldProps) {
  return (
    <TextField
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      required
      {...props}
    />
  );
}
