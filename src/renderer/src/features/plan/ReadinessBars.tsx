import { Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { CATEGORY_LABELS } from '../../../../shared/features/question-bank/schemas';
import { READINESS_RULE, TWICE_CATEGORY } from '../../../../shared/features/plan/readiness';
import type { Readiness } from '../../../../shared/features/plan/schemas';
import { plural, readinessGaps } from './format';

/** Readiness per category as bars with words, and the rule that decides "ready". */
export function ReadinessBars({ readiness }: { readiness: Readiness }) {
  const gaps = readinessGaps(readiness);
  return (
    <Stack gap="sm" component="section" aria-labelledby="readiness-heading">
      <Group gap="sm">
        <Title order={3} size="h4" id="readiness-heading">
          Readiness
        </Title>
        <Badge color={readiness.ready ? 'teal.9' : 'gray.7'} variant="filled" data-testid="readiness-badge">
          {readiness.ready ? 'Ready' : 'Not ready yet'}
        </Badge>
      </Group>
      <Text size="sm">{READINESS_RULE}</Text>
      {gaps.length > 0 ? <Text size="sm">Still to do: {gaps.join('; ')}.</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {readiness.categories.map((c) => {
          const label = CATEGORY_LABELS[c.category];
          const words =
            `${label}: ${c.twice} of ${c.total} rehearsed at least twice` +
            (c.category === TWICE_CATEGORY ? '' : ` (${plural(c.once, 'question')} at least once)`);
          return (
            <li key={c.category}>
              <Text size="sm" fw={c.category === TWICE_CATEGORY ? 700 : 400}>
                {words}
              </Text>
              <Progress
                value={c.total === 0 ? 0 : Math.round((c.twice / c.total) * 100)}
                aria-label={`${label}: rehearsed at least twice`}
                color={c.category === TWICE_CATEGORY ? 'red.8' : undefined}
                size="md"
                mt={4}
              />
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
