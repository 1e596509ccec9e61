import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { houseTexts, type MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { LIMITS } from '../../../../shared/limits';
import { EditorConflict } from '../../components/EditorConflict';
import { EditorFrame } from '../../components/EditorFrame';
import { SafeguardingAlert } from '../checks/SafeguardingAlert';
import { CommentsProvider } from '../comments/comments-context';
import { HistoryButton } from '../history/HistoryButton';
import { houseConflictTexts, withHouseTexts } from './conflict-texts';
import { houseName } from './HouseList';
import { HousePreview, labelFor } from './HousePreview';
import { HouseStepper } from './HouseStepper';
import { MessageBoxForm } from './MessageBoxForm';
import { useHouseEditor } from './useHouseEditor';
import { NeedsRepairNote } from '../repair/NeedsRepairNote';

export const HOUSE_EDITOR_HEADING_ID = 'house-editor-heading';

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
  const { values } = editor;

  return (
    <CommentsProvider targetType="house" targetId={house.id}>
      <EditorFrame
        autosave={editor.autosave}
        blocked={
          house.needsRepair ? <NeedsRepairNote needsRepair={house.needsRepair} what="Message House" /> : undefined
        }
        heading={{
          id: HOUSE_EDITOR_HEADING_ID,
          title: houseName(values),
          focusOnMount,
          actions: (
            <HistoryButton
              beforeOpen={editor.autosave.flush}
              entityType="house"
              entityId={house.id}
              renderPreview={(snapshot) => <HousePreview snapshot={snapshot} />}
              onRestored={onRestored}
            />
          ),
        }}
      >
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
        {values.template === 'box' ? (
          <MessageBoxForm editor={editor} />
        ) : (
          <HouseStepper houseId={house.id} editor={editor} />
        )}
      </EditorFrame>
      <EditorConflict editor={editor} what="Message House" textsOf={houseConflictTexts} withTexts={withHouseTexts} />
    </CommentsProvider>
  );
}
