import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../../shared/result';

interface Props extends Omit<
  NumberInputProps,
  'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'error' | 'clampBehavior'
> {
  /** The stored value, shown until the person types. */
  value: number;
  /** The backend's own schema for the value, so the reason beside the field is the one the backend would give. */
  schema: z.ZodType<number>;
  /** Said when the field holds no number at all (empty, or only a minus sign). */
  notANumber: string;
  save: (value: number) => Promise<Result<unknown>>;
}

/**
 * A number setting saved when the person leaves the field or presses Enter, so typing "15" is not first saved as
 * "1". A number out of range is not silently corrected: the reason stays next to the field until it is fixed.
 */
export function CommittedNumberInput({ value, schema, notANumber, save, ...inputProps }: Props) {
  const [draft, setDraft] = useState<number | string | null>(null);
  const [error, setError] = useState<string | undefined>();

  const commit = async () => {
    if (draft === null) return;
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      setError(typeof draft === 'number' ? parsed.error.issues[0]?.message : notANumber);
      return;
    }
    const result = await save(parsed.data);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setDraft(null);
  };

  return (
    <NumberInput
      {...inputProps}
      clampBehavior="none"
      allowDecimal={false}
      value={draft ?? value}
      error={error}
      onChange={(next) => {
        setDraft(next);
        setError(undefined);
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit();
      }}
    />
  );
}
