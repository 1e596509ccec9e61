import { Stack, Text } from '@mantine/core';
import { houseFieldsSchema } from '../../../../shared/features/key-messages/schemas';
import { BOX_GUIDANCE } from './guidance';
import { HousePicture } from './HousePicture';

const FIELD_LABELS: Record<string, string> = {
  title: 'Name',
  audience: 'Audience',
  goal: 'Goal',
  umbrella: 'Umbrella message',
  criticism: 'Likely criticism',
  response: 'Your answer',
  callToAction: 'Call to action',
};

/** The name a house field goes by on screen, from the path the backend uses (e.g. `pillars.0.message`). */
export function labelFor(field: string): string {
  const pillar = /^pillars\.(\d+)\.message$/.exec(field);
  if (pillar) return `Key message ${Number(pillar[1]) + 1}`;
  const proof = /^pillars\.(\d+)\.proofs\.(\d+)$/.exec(field);
  if (proof) return `Proof point ${Number(proof[2]) + 1} for key message ${Number(proof[1]) + 1}`;
  const box = /^box\.(\w+)$/.exec(field);
  if (box) return BOX_GUIDANCE[box[1] as keyof typeof BOX_GUIDANCE]?.label ?? field;
  return FIELD_LABELS[field] ?? field;
}

/** A saved version of a house in the history: the drawing, or the Message Box's answers. */
export function HousePreview({ snapshot }: { snapshot: unknown }) {
  const parsed = houseFieldsSchema.safeParse(snapshot);
  if (!parsed.success) return null;
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
