import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** A PIN: digits only (anything else typed is dropped), hidden as it is typed, 4 to 12 digits. */
export function PinField({
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
    <TextInput
      label={label}
      description={description}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={12}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.replace(/\D+/gu, ''))}
      error={error}
      data-autofocus={autoFocus ? true : undefined}
    />
  );
}

export function pinProblem(pin: string): string | undefined {
  return /^\d{4,12}$/u.test(pin) ? undefined : 'A PIN is 4 to 12 digits.';
}
