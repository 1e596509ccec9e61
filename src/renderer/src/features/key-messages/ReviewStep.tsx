import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { HouseFields } from '../../../../shared/features/key-messages/schemas';
import { Guidance } from './Guidance';
import { HOUSE_GUIDANCE, type HouseStep } from './guidance';
import { HouseNotes } from './HouseNotes';
import { HousePicture } from './HousePicture';

/** What is still empty, each with the step where it is filled in. */
export function missingParts(h: HouseFields): Array<{ text: string; step: HouseStep }> {
  const out: Array<{ text: string; step: HouseStep }> = [];
  if (!h.audience.trim() || !h.goal.trim()) out.push({ text: 'Your audience and goal', step: 'audience' });
  if (!h.umbrella.trim()) out.push({ text: 'Your umbrella message (the roof)', step: 'umbrella' });
  if (h.pillars.length === 0 || h.pillars.some((p) => !p.message.trim())) {
    out.push({ text: 'At least one key message (a pillar), with no empty ones', step: 'pillars' });
  }
  h.pillars.forEach((p, i) => {
    if (!p.proofs.some((proof) => proof.text.trim()))
      out.push({ text: `A proof point for key message ${i + 1}`, step: 'proofs' });
  });
  if (!h.criticism.trim() || !h.response.trim())
    out.push({ text: 'A likely criticism and your answer', step: 'criticism' });
  if (!h.callToAction.trim()) out.push({ text: 'Your call to action', step: 'action' });
  return out;
}

export function ReviewStep({
  values,
  onGoTo,
  picturePdf,
}: {
  values: HouseFields;
  onGoTo(step: HouseStep): void;
  /** The "save as PDF" button, shown under the picture. */
  picturePdf?: ReactNode;
}) {
  const missing = missingParts(values);
  return (
    <Stack gap="lg">
      <Guidance guidance={HOUSE_GUIDANCE.review} />
      <HousePicture house={values} />
      {picturePdf}
      <Stack gap="xs" component="section" aria-labelledby="house-missing-heading">
        <Title order={4} id="house-missing-heading">
          {missing.length === 0 ? 'Every part is filled in' : 'Still to do'}
        </Title>
        {missing.length === 0 ? (
          <Text>Well done. Practise saying your umbrella message out loud, then try it in a press quote.</Text>
        ) : (
          <List spacing={4}>
            {missing.map((m) => (
              <List.Item key={m.text}>
                {m.text}{' '}
                <Anchor component="button" type="button" onClick={() => onGoTo(m.step)}>
                  Go to {HOUSE_GUIDANCE[m.step].title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <HouseNotes values={values} onGoTo={onGoTo} />
    </Stack>
  );
}
