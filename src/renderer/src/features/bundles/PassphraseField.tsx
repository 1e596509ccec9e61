import { PasswordInput } from '@mantine/core';
import { PASSPHRASE_MIN } from '../../../../shared/features/bundles/schemas';

export const NEEDS_PASSPHRASE = 'Type the passphrase first.';

/** Whether a passphrase is long enough to try; the backend checks it again with the contract's schema. */
export function passphraseReady(passphrase: string): boolean {
  return passphrase.length >= PASSPHRASE_MIN;
}

/**
 * The cohort passphrase every bundle is encrypted with. Never stored: typed for each transfer, so a bundle left
 * on a shared laptop cannot be opened by whoever finds it.
 */
export function PassphraseField({
  value,
  onChange,
  label = 'Cohort passphrase',
  description,
  disabled,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  description: string;
  disabled?: boolean;
}) {
  const tooShort = value.length > 0 && !passphraseReady(value);
  return (
    <PasswordInput
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={tooShort ? `At least ${PASSPHRASE_MIN} characters (${value.length} so far)` : undefined}
      // Browsers must not offer to save or fill it: others use this laptop.
      autoComplete="off"
      maxLength={1024}
      maw={420}
      disabled={disabled}
      aria-invalid={tooShort ? true : undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': `Show ${label}` }}
    />
  );
}
