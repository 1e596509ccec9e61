import { PasswordInput } from '@mantine/core';
import type { ReactNode } from 'react';

export const SECRET_RULE = '6 or more digits, or a passphrase of 10 or more characters.';

/** A PIN or passphrase, hidden as it is typed (with a button to show it). */
export function SecretField({
  label,
  description,
  value,
  onChange,
  error,
  autoFocus,
}: {
  label: string;
  description?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  autoFocus?: boolean;
}) {
  return (
    <PasswordInput
      label={label}
      description={description}
      autoComplete="off"
      maxLength={128}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data-autofocus={autoFocus ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': `Show or hide ${label.toLowerCase()}` }}
    />
  );
}

/** The same rule the backend applies, said before anything is sent. */
export function secretProblem(secret: string): string | undefined {
  const ok = /^\d+$/u.test(secret) ? secret.length >= 6 : secret.trim().length >= 10;
  return ok ? undefined : `Use ${SECRET_RULE}`;
}
