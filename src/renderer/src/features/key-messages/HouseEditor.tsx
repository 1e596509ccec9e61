import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { houseFieldsSchema, houseTexts, type MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { LIMITS } from '../../../../shared/limits';
import { SaveStatus } from '../../components/SaveStatus';
import { SafeguardingAlert } from '../checks/SafeguardingAlert';
import { CommentsProvider } from '../comments/comments-context';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { BOX_GUIDANCE } from './guidance';
import { HousePicture } from './HousePicture';
import { HouseStepper } from './HouseStepper';
import { MessageBoxForm } from './MessageBoxForm';
import { useHouseEditor } from './useHouseEditor';

export const HOUSE_EDITOR_HEADING_ID = 'house-editor-heading';

const FIELD_LABELS: Record<string, string> = {
  title: 'Name',
  audience: 'Audience',
  goal: 'Goal',
  umbrella: 'Umbrella message',
  criticism: 'Likely criticism',
  response: 'Your answer',
  callToAction: 'Call to action',
};

function labelFor(field: string): string {
  const pillar = /^pillars\.(\d+)\.message$/.exec(field);
  if (pillar) return `Key message ${Number(pillar[1]) + 1}`;
  const proof = /^pillars\.(\d+)\.proofs\.(\d+)$/.exec(field);
  if (proof) return `Proof point ${Number(proof[2]) + 1} for key message ${Number(proof[1]) + 1}`;
  const box = /^box\.(\w+)$/.exec(field);
  if (box) return BOX_GUIDANCE[box[1] as keyof typeof BOX_GUIDANCE]?.label ?? field;
  return FIELD_LABELS[field] ?? field;
}

function HousePreview({ snapshot }: { snapshot: unknown }) {
  const parsed = houseFieldsSchema.safeParse(snapshot);
  if (!parsed.success) return <Text>This version is in an older format and cannot be shown.</Text>;
  if (parsed.data.template === 'box') {
    return (
      <Stack gap={4}>
        {Object.entries(parsed.data.box).map(([key, value]) => (
          <Text key={key} size="sm">
            <strong>{labelFor(`box.${key}`)}:</strong> {value || '—'}
          </Text>
        ))}
      </Stack>
    );
  }
  return <HousePicture house={parsed.data} />;
}

/**
 * One house, open for editing: its name, template, saved state, history, the safeguarding warning and either
 * the seven-step Message House or the Message Box. Everything autosaves.
 */
export function HouseEditor({
  house,
  focusOnMount,
  onRestored,
}: {
  house: MessageHouse;
  focusOnMount?: boolean;
  onRestored(): void;
}) {
  const editor = useHouseEditor(house);
  const [historyOpen, setHistoryOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { values } = editor;
  const name = values.title.trim() || (values.template === 'box' ? 'Untitled Message Box' : 'Untitled Message House');

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const openHistory = async () => {
    await editor.autosave.flush();
    setHistoryOpen(true);
  };

  return (
    <CommentsProvider targetType="house" targetId={house.id}>
      <Stack gap="lg" onBlur={() => void editor.autosave.flush()} component="section" aria-labelledby={HOUSE_EDITOR_HEADING_ID}>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} id={HOUSE_EDITOR_HEADING_ID} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {name}
          </Title>
          <Button variant="default" leftSection={<IconHistory size={18} aria-hidden />} onClick={() => void openHistory()}>
            History
          </Button>
        </Group>
        <Paper
          withBorder
          px="md"
          py="xs"
          radius="md"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 64px) + 8px)', zIndex: 5 }}
        >
          <SaveStatus state={editor.autosave.state} />
        </Paper>
        <Group align="flex-end" gap="lg">
          <TextInput
            label="Name of this house"
            description="Just for you, for example “Local radio” or “Parents at school”."
            value={values.title}
            onChange={(event) => editor.set('title', event.currentTarget.value)}
            error={editor.errors.title}
            maxLength={LIMITS.shortText * 2}
            autoComplete="off"
            style={{ flex: '1 1 280px' }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="house-template-label">
              Template
            </Text>
            <SegmentedControl
              aria-labelledby="house-template-label"
              data={[
                { value: 'house', label: 'Message House' },
                { value: 'box', label: 'Message Box' },
              ]}
              value={values.template}
              onChange={(value) => editor.set('template', value === 'box' ? 'box' : 'house')}
            />
          </Stack>
        </Group>
        <SafeguardingAlert texts={houseTexts(values).map((t) => ({ label: labelFor(t.field), text: t.text }))} />
        {values.template === 'box' ? <MessageBoxForm editor={editor} /> : <HouseStepper houseId={house.id} editor={editor} />}
      </Stack>
      <HistoryDrawer
        entityType="house"
        entityId={house.id}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        renderPreview={(snapshot) => <HousePreview snapshot={snapshot} />}
        onRestored={async () => {
          onRestored();
        }}
      />
    </CommentsProvider>
  );
}
