import { PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

export const SECRET_RULE = '6 or more digits, or a passphrase of 10 or more characters.';

/** A PIN or passphrase, hidden as it is typed (with a button to show it); `input` is the form's field props. */
export function SecretField({
  label,
  description,
  input,
  autoFocus,
}: {
  label: string;
  description?: ReactNode;
  input: GetInputPropsReturnType;
  autoFocus?: boolean;
}) {
  return (
    <PasswordInput
      label={label}
      description={description}
      // Browsers must not offer to save or fill it: others use this laptop.
      autoComplete="off"
      maxLength={128}
      {...input}
      // Mantine's PasswordInput marks its error only for styling; screen readers need to hear the field is invalid.
      aria-invalid={input.error ? true : undefined}
      data-autofocus={autoFocus ? true : undefined}
      // A toggle (aria-pressed says whether it is shown) that keyboard users can reach as well.
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': `Show ${label}` }}
    />
  );
}

/** The same rule the backend applies, said before anything is sent. */
export function secretProblem(secret: string): string | undefined {
  const ok = /^\d+$/u.test(secret) ? secret.length >= 6 : secret.trim().length >= 10;
  return ok ? undefined : `Use ${SECRET_RULE}`;
}
