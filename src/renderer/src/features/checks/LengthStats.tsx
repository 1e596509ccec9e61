import { Group, Text } from '@mantine/core';
import type { LengthStats as Stats } from '../../../../shared/checks';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `about ${Math.round(seconds)} ${Math.round(seconds) === 1 ? 'second' : 'seconds'}`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `about ${m} min ${s} s`;
}

/** Word count, sentences and speaking time (or characters against a platform's limit), updated as you type. */
export function LengthStats({ stats, testId }: { stats: Stats; testId?: string }) {
  const parts = [plural(stats.words, 'word', 'words'), plural(stats.sentences, 'sentence', 'sentences')];
  if (stats.limit !== null) parts.push(`${stats.characters} of ${stats.limit} characters`);
  else parts.push(`${formatSeconds(stats.seconds)} to say at ${stats.wordsPerSecond} words a second`);
  return (
    <Group gap="xs" data-testid={testId}>
      <Text size="sm" fw={500}>
        {parts.join(' · ')}
      </Text>
    </Group>
  );
}
