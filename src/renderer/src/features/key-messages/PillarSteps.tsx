import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  HOUSE_TEXT_LIMIT,
  MAX_PILLARS,
  MAX_PROOFS_PER_PILLAR,
  PROOF_KINDS,
  type ProofPoint,
} from '../../../../shared/features/key-messages/schemas';
import { LIMITS } from '../../../../shared/limits';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { CommentedField } from '../comments/CommentedField';
import { Guidance } from './Guidance';
import { HOUSE_GUIDANCE } from './guidance';
import type { HouseEditor } from './useHouseEditor';

const KIND_OPTIONS = [
  { value: 'story', label: 'Story' },
  { value: 'fact', label: 'Fact' },
  { value: 'example', label: 'Example' },
];

function isKind(value: string): value is ProofPoint['kind'] {
  return (PROOF_KINDS as readonly string[]).includes(value);
}

export function PillarsStep({ editor }: { editor: HouseEditor }) {
  const { pillars } = editor.values;
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.pillars} />
      {pillars.map((p, i) => (
        <Paper key={p.id} withBorder p="md" radius="md">
          <CommentedField field={`pillars.${i}.message`} label={`Key message ${i + 1}`}>
            <CheckedTextarea
              label={`Key message ${i + 1}`}
              value={p.message}
              onChange={(value) => editor.setPillarMessage(i, value)}
              error={editor.errors[`pillars.${i}.message`]}
              maxLength={HOUSE_TEXT_LIMIT * 2}
            />
          </CommentedField>
          <Button
            mt="sm"
            variant="default"
            size="compact-sm"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => editor.removePillar(i)}
          >
            Remove key message {i + 1}
          </Button>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={editor.addPillar}
          disabled={pillars.length >= MAX_PILLARS}
        >
          Add a key message
        </Button>
        <Text size="sm">
          {pillars.length} of {MAX_PILLARS} key messages
        </Text>
      </Group>
    </Stack>
  );
}

export function ProofsStep({ editor, onAddPillars }: { editor: HouseEditor; onAddPillars(): void }) {
  const { pillars } = editor.values;
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.proofs} />
      {pillars.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm" align="flex-start">
            <Text>Proof points belong to key messages. Write at least one key message first.</Text>
            <Button onClick={onAddPillars}>Go to Key messages</Button>
          </Stack>
        </Paper>
      ) : null}
      {pillars.map((p, i) => (
        <Paper key={p.id} withBorder p="md" radius="md" component="section" aria-labelledby={`proofs-for-${p.id}`}>
          <Stack gap="md">
            <div>
              <Title order={4} id={`proofs-for-${p.id}`}>
                Key message {i + 1}
              </Title>
              <Text>{p.message.trim() || 'Not written yet.'}</Text>
            </div>
            {p.proofs.map((proof, j) => {
              const name = `proof point ${j + 1} for key message ${i + 1}`;
              return (
                <Stack
                  key={proof.id}
                  gap="xs"
                  pl="sm"
                  style={{ borderLeft: '3px solid var(--mantine-color-default-border)' }}
                >
                  <Text size="sm" fw={500} id={`kind-${proof.id}`}>
                    Kind of {name}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`kind-${proof.id}`}
                    data={KIND_OPTIONS}
                    value={proof.kind}
                    onChange={(value) => {
                      if (isKind(value)) editor.setProof(i, j, { kind: value });
                    }}
                    style={{ alignSelf: 'flex-start' }}
                  />
                  <CommentedField
                    field={`pillars.${i}.proofs.${j}`}
                    label={`Proof point ${j + 1} for key message ${i + 1}`}
                  >
                    <CheckedTextarea
                      label={`Proof point ${j + 1} for key message ${i + 1}`}
                      value={proof.text}
                      onChange={(value) => editor.setProof(i, j, { text: value })}
                      error={editor.errors[`pillars.${i}.proofs.${j}.text`]}
                      maxLength={HOUSE_TEXT_LIMIT * 2}
                    />
                  </CommentedField>
                  {proof.kind === 'fact' ? (
                    <TextInput
                      label={`Source of ${name}`}
                      description="Where the fact comes from, so you can name it in an interview."
                      value={proof.source}
                      onChange={(event) => editor.setProof(i, j, { source: event.currentTarget.value })}
                      error={editor.errors[`pillars.${i}.proofs.${j}.source`]}
                      maxLength={LIMITS.shortText * 2}
                      autoComplete="off"
                    />
                  ) : null}
                  <div>
                    <Button
                      variant="default"
                      size="compact-sm"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => editor.removeProof(i, j)}
                    >
                      Remove {name}
                    </Button>
                  </div>
                </Stack>
              );
            })}
            <div>
              <Button
                variant="default"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => editor.addProof(i)}
                disabled={p.proofs.length >= MAX_PROOFS_PER_PILLAR}
              >
                Add a proof point to key message {i + 1}
              </Button>
            </div>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
