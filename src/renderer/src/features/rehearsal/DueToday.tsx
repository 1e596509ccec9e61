import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { setPracticeIntent } from './intent';
import { useDueCount } from './queries';

/** Home's "due today" card: how many questions spaced repetition brings back now, and a way straight in. */
export function DueToday({ ambassadorId }: { ambassadorId: string }) {
  const { data: due, error } = useDueCount(ambassadorId);
  const { navigate } = useNavigation();
  if (error || due === undefined) return null;
  const start = () => {
    setPracticeIntent('due');
    navigate('interview-practice');
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="due-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="due-heading">
          Interview practice today
        </Title>
        <Text data-testid="due-count">
          {due === 0
            ? 'No questions are due for practice right now. You can still practise new ones.'
            : `${due} question${due === 1 ? ' is' : 's are'} due for practice today.`}
        </Text>
        <Group>
          <Button leftSection={<IconMicrophone size={18} aria-hidden />} onClick={start}>
            {due === 0 ? 'Practise questions' : 'Practise due questions'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
