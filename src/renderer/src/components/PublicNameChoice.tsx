import { Group, Radio, Stack, Text } from '@mantine/core';
import {
  NAME_MODES,
  publicName,
  type AmbassadorFields,
  type NameMode,
} from '../../../shared/features/ambassadors/schemas';

export const NAME_MODE_LABELS: Record<NameMode, string> = {
  full: 'Full name',
  first: 'First name only',
  pseudonym: 'Pseudonym',
};

type NameFields = Pick<AmbassadorFields, 'fullName' | 'firstName' | 'pseudonym' | 'nameMode'>;

/** The live preview of how the press will name this person. */
export function PublicNamePreview({ values }: { values: NameFields }) {
  const name = publicName(values);
  const missingPseudonym = values.nameMode === 'pseudonym' && !values.pseudonym.trim();
  return (
    <Text aria-live="polite" data-testid="public-name-preview">
      In public you will appear as: <strong>{name}</strong>
      {missingPseudonym ? ' (add a pseudonym to use it)' : ''}
    </Text>
  );
}

export function PublicNameChoice({
  label,
  description,
  values,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  values: NameFields;
  onChange(mode: NameMode): void;
  error?: string;
}) {
  return (
    <Stack gap="xs">
      <Radio.Group
        label={label}
        description={description}
        value={values.nameMode}
        onChange={(value) => {
          const mode = NAME_MODES.find((m) => m === value);
          if (mode) onChange(mode);
        }}
        error={error}
      >
        <Group mt="xs" gap="lg">
          {NAME_MODES.map((mode) => (
            <Radio key={mode} value={mode} label={NAME_MODE_LABELS[mode]} />
          ))}
        </Group>
      </Radio.Group>
      <PublicNamePreview values={values} />
    </Stack>
  );
}
