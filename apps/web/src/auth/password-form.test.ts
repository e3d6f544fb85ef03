import { describe, expect, it } from 'vitest';
import { firstInvalidPasswordField, validatePasswordChange } from './password-form';

const values = (currentPassword: string, newPassword: string, repeatPassword = newPassword) => ({
  currentPassword,
  newPassword,
  repeatPassword,
});

describe('validatePasswordChange', () => {
  it('asks for the current password, a long enough new one, repeated the same', () => {
    expect(validatePasswordChange(values('', 'kort'))).toEqual({
      currentPassword: 'currentRequired',
      newPassword: 'tooShort',
    });
    expect(
      validatePasswordChange(values('gammalt lösen', 'en lång ny fras', 'en lång ny frsa')),
    ).toEqual({
      repeatPassword: 'notRepeated',
    });
    expect(validatePasswordChange(values('samma långa fras', 'samma långa fras'))).toEqual({
      newPassword: 'samePassword',
    });
    expect(validatePasswordChange(values('gammalt lösen', 'en lång ny fras'))).toEqual({});
  });

  it('sends focus to the first field to fix, in form order', () => {
    expect(
      firstInvalidPasswordField({
        repeatPassword: 'notRepeated',
        currentPassword: 'currentRequired',
      }),
    ).toBe('currentPassword');
  });
});
