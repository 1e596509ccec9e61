import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BundleConflict } from '../../../../shared/features/bundles/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { FailureAlert } from '../../components/FailureAlert';

function Side({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby={id}>
      <Stack gap={4}>
        <Text fw={600} size="sm" id={id}>
          {title}
        </Text>
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text || '(empty)'}
        </Text>
      </Stack>
    </Paper>
  );
}

function ConflictItem({ conflict }: { conflict: BundleConflict }) {
  const resolve = useChannelMutation('bundle:resolveConflict');
  const [chosen, setChosen] = useState<'mine' | 'theirs' | null>(null);
  const choose = async (choice: 'mine' | 'theirs') => {
    setChosen(choice);
    // On success the list reloads without this conflict, so there is nothing else to show.
    await resolve.run({ id: conflict.id, choice });
  };
  const base = `conflict-${conflict.id}`;
  return (
    <Stack component="li" gap="xs" data-testid="bundle-conflict">
      <Text fw={700} dir="auto">
        {conflict.label}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Side id={`${base}-mine`} title="On this laptop (mine)" text={conflict.mine} />
        <Side id={`${base}-theirs`} title="From the bundle (theirs)" text={conflict.theirs} />
      </SimpleGrid>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => void choose('mine')}
          loading={resolve.busy && chosen === 'mine'}
          disabled={resolve.busy}
          aria-label={`Keep mine: ${conflict.label}`}
        >
          Keep mine
        </Button>
        <Button
          variant="default"
          onClick={() => void choose('theirs')}
          loading={resolve.busy && chosen === 'theirs'}
          disabled={resolve.busy}
          aria-label={`Take theirs: ${conflict.label}`}
        >
          Take theirs
        </Button>
      </Group>
      {resolve.error ? <FailureAlert title="That choice was not saved" message={resolve.error.message} /> : null}
    </Stack>
  );
}

/**
 * Rows both laptops changed since they last agreed. Both texts were kept at import; here someone chooses which
 * stays. Nothing is replaced until they do.
 */
export function ConflictsList({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const conflicts = useChannelQuery('bundle:conflicts', {});
  if (hideWhenEmpty && !conflicts.data?.length) return null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4" id="bundle-conflicts-heading">
        Conflicts
      </Title>
      {conflicts.error ? (
        <FailureAlert title="The conflicts could not be loaded" message={conflicts.error.message} />
      ) : conflicts.data === undefined ? (
        <Text c="dimmed">Loading conflicts…</Text>
      ) : conflicts.data.length === 0 ? (
        <Text data-testid="no-conflicts">
          <Text span fw={600}>
            No conflicts.
          </Text>{' '}
          When the same text was changed on two laptops, both versions are kept and shown here for you to choose.
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="lg"
          aria-labelledby="bundle-conflicts-heading"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {conflicts.data.map((conflict) => (
            <ConflictItem key={conflict.id} conflict={conflict} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
