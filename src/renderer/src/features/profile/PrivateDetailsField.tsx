import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconLock, IconPlus, IconX } from '@tabler/icons-react';
import { PRIVATE_DETAIL_KINDS, type PrivateDetail } from '../../../../shared/features/ambassadors/schemas';
import { LIMITS } from '../../../../shared/limits';
import { Note } from '../../components/Note';
import { PRIVATE_DETAIL_LABELS } from './suggestions';

const KIND_OPTIONS = PRIVATE_DETAIL_KINDS.map((kind) => ({ value: kind, label: PRIVATE_DETAIL_LABELS[kind] }));

function isKind(value: string): value is PrivateDetail['kind'] {
  return (PRIVATE_DETAIL_KINDS as readonly string[]).includes(value);
}

export function PrivateDetailsField({
  value,
  onChange,
  errors,
}: {
  value: PrivateDetail[];
  onChange(next: PrivateDetail[]): void;
  errors: Record<string, string>;
}) {
  const setRow = (index: number, row: PrivateDetail) => onChange(value.map((r, i) => (i === index ? row : r)));
  const removeRow = (index: number) => onChange(value.filter((_, i) => i !== index));
  const addRow = () => onChange([...value, { kind: value.length === 0 ? 'home_town' : 'other', value: '' }]);

  return (
    <Stack gap="sm" role="group" aria-labelledby="private-details-heading">
      <Text fw={500} size="sm" id="private-details-heading">
        Private details (never shared)
      </Text>
      <Text size="sm" maw={640}>
        List things the press must never learn, such as your home town, where you live now, your immigration status,
        your employer or your family&apos;s names. They are never printed on anything you export. The app will warn you
        if one of them appears in your drafts or quotes.
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing listed yet.
        </Text>
      ) : null}
      {value.map((row, index) => (
        <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
          <NativeSelect
            aria-label={`Kind of private detail ${index + 1}`}
            data={KIND_OPTIONS}
            value={row.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              if (isKind(kind)) setRow(index, { ...row, kind });
            }}
            w={200}
          />
          <TextInput
            aria-label={`Private detail ${index + 1}`}
            value={row.value}
            onChange={(event) => setRow(index, { ...row, value: event.currentTarget.value })}
            error={errors[`privateDetails.${index}.value`] ?? errors[`privateDetails.${index}`]}
            maxLength={LIMITS.listItem * 2}
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={2}
            aria-label={`Remove private detail ${index + 1}`}
            onClick={() => removeRow(index)}
          >
            <IconX size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {errors.privateDetails && !Object.keys(errors).some((k) => k.startsWith('privateDetails.')) ? (
        <Text size="sm" role="alert" style={{ color: 'var(--mantine-color-error)' }}>
          {errors.privateDetails}
        </Text>
      ) : null}
      <div>
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={addRow}
          disabled={value.length >= LIMITS.listLength}
        >
          Add a private detail
        </Button>
      </div>
      <Note tone="warning" icon={<IconLock aria-hidden />} title="If you are in the asylum process">
        What you say to the media can affect an asylum claim. Please check with your legal adviser before you speak to
        the press.
      </Note>
    </Stack>
  );
}
