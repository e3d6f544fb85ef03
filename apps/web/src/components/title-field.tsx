import { TITLE_MAX_LENGTH } from '@lagesbild/domain';
import type { ComponentProps } from 'react';
import { TextField } from './form-field';

/**
 * A register record's title: required, first in its dialog and focused when it opens (the dialog opens
 * on the user's own click, so typing can start at once). Longer input than the limit is let in, so the
 * field's own error can say how much too long it is.
 */
export function TitleField(props: ComponentProps<typeof TextField>) {
  return (
    <TextField required autoComplete="off" autoFocus maxLength={TITLE_MAX_LENGTH + 50} {...props} />
  );
}
