import { Stack } from '@mantine/core';
import { HOUSE_TEXT_LIMIT } from '../../../../shared/features/key-messages/schemas';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { CommentedField } from '../comments/CommentedField';
import { Guidance } from './Guidance';
import { HOUSE_GUIDANCE } from './guidance';
import type { HouseEditor } from './useHouseEditor';

type TextKey = 'audience' | 'goal' | 'umbrella' | 'criticism' | 'response' | 'callToAction';

/** One of the house's plain text fields, with live checks and comments. */
export function HouseText({
  editor,
  name,
  label,
  description,
  minRows,
}: {
  editor: HouseEditor;
  name: TextKey;
  label: string;
  description?: string;
  minRows?: number;
}) {
  return (
    <CommentedField field={name} label={label}>
      <CheckedTextarea
        label={label}
        description={description}
        value={editor.values[name]}
        onChange={(value) => editor.set(name, value)}
        error={editor.errors[name]}
        maxLength={HOUSE_TEXT_LIMIT * 2}
        minRows={minRows}
      />
    </CommentedField>
  );
}

export function AudienceStep({ editor }: { editor: HouseEditor }) {
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.audience} />
      <HouseText
        editor={editor}
        name="audience"
        label="Audience"
        description="Who do you want to reach with this house?"
      />
      <HouseText
        editor={editor}
        name="goal"
        label="Goal"
        description="What should they think, feel or do afterwards?"
      />
    </Stack>
  );
}

export function UmbrellaStep({ editor }: { editor: HouseEditor }) {
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.umbrella} />
      <HouseText
        editor={editor}
        name="umbrella"
        label="Umbrella message"
        description="One sentence you could open any interview with."
      />
    </Stack>
  );
}

export function CriticismStep({ editor }: { editor: HouseEditor }) {
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.criticism} />
      <HouseText
        editor={editor}
        name="criticism"
        label="Likely criticism"
        description="The hardest thing someone might say back to you."
      />
      <HouseText
        editor={editor}
        name="response"
        label="Your answer"
        description="Calm and short: acknowledge, bridge, then one of your key messages."
        minRows={3}
      />
    </Stack>
  );
}

export function ActionStep({ editor }: { editor: HouseEditor }) {
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.action} />
      <HouseText
        editor={editor}
        name="callToAction"
        label="Call to action"
        description="One thing your audience can do, ideally with when and where."
      />
    </Stack>
  );
}
