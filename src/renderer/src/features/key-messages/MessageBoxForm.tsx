import { Stack, Text } from '@mantine/core';
import { HOUSE_TEXT_LIMIT } from '../../../../shared/features/key-messages/schemas';
import { Note } from '../../components/Note';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { CommentedField } from '../comments/CommentedField';
import { BOX_FIELDS, BOX_GUIDANCE, BOX_INTRO } from './guidance';
import type { HouseEditor } from './useHouseEditor';

/** The Message Box (COMPASS) template: five boxes, each with a line of help and a made-up example. */
export function MessageBoxForm({ editor }: { editor: HouseEditor }) {
  return (
    <Stack gap="lg">
      <Note title="How the Message Box works">{BOX_INTRO}</Note>
      {BOX_FIELDS.map((key) => {
        const g = BOX_GUIDANCE[key];
        return (
          <CommentedField key={key} field={`box.${key}`} label={g.label}>
            <CheckedTextarea
              label={g.label}
              description={
                <>
                  {g.help}{' '}
                  <Text span size="xs" fs="italic">
                    For example: “{g.example}”
                  </Text>
                </>
              }
              value={editor.values.box[key]}
              onChange={(value) => editor.setBox(key, value)}
              error={editor.errors[`box.${key}`]}
              maxLength={HOUSE_TEXT_LIMIT * 2}
            />
          </CommentedField>
        );
      })}
    </Stack>
  );
}
