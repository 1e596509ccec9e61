import { Fieldset, Stack, Text, TextInput } from '@mantine/core';
import type { CohortFields, PressContact } from '../../../../shared/features/cohorts/schemas';

export type CohortTextKey = Exclude<keyof CohortFields, 'pressContact'>;

export interface CohortDetailsFieldsProps {
  values: CohortFields;
  /** Ambassador mode: the same fields, shown but not editable. */
  readOnly: boolean;
  errors?: Record<string, string>;
  onField?(key: CohortTextKey, value: string): void;
  onContact?(key: keyof PressContact, value: string): void;
}

/** The cohort's details as fields, editable in trainer mode and read-only otherwise (same labels either way). */
export function CohortDetailsFields({ values, readOnly, errors = {}, onField, onContact }: CohortDetailsFieldsProps) {
  const field = (key: CohortTextKey) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => onField?.(key, event.currentTarget.value),
    error: errors[key],
    readOnly,
    autoComplete: 'off',
  });
  const contact = (key: keyof PressContact) => ({
    value: values.pressContact[key],
    onChange: (event: { currentTarget: { value: string } }) => onContact?.(key, event.currentTarget.value),
    error: errors[`pressContact.${key}`],
    readOnly,
    autoComplete: 'off',
  });

  return (
    <>
      <TextInput label="Cohort name" required={!readOnly} {...field('name')} />
      <TextInput label="Organisation" {...field('organisation')} />
      <TextInput label="Campaign" {...field('campaign')} />
      <TextInput label="Hashtag" description="For example #IamAMigrant" {...field('hashtag')} />
      <TextInput
        label="Media date"
        type="date"
        description="The day the press work is aimed at."
        {...field('mediaDate')}
      />
      <Fieldset legend="Press contact at your organisation">
        <Stack gap="sm">
          <Text size="sm">
            Journalists contact this person, never the ambassadors directly. It is printed on every message sheet.
          </Text>
          <TextInput label="Press contact name" {...contact('name')} />
          <TextInput label="Press contact email" type="email" {...contact('email')} />
          <TextInput label="Press contact phone" type="tel" {...contact('phone')} />
        </Stack>
      </Fieldset>
    </>
  );
}
