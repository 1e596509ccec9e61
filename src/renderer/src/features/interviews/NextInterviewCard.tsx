import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigation } from '../../app/navigation';
import { setInterviewIntent } from './intent';
import { countdown, formatDay, localToday } from './labels';
import { useInterviews } from './queries';
import { requestTitle } from './RequestDetail';

/** Home's countdown to the next real interview, with a way to open it. Nothing when none is coming. */
export function NextInterviewCard({ ambassadorId }: { ambassadorId: string }) {
  const { data } = useInterviews(ambassadorId);
  const { navigate } = useNavigation();
  const today = localToday();
  const next = data?.find((r) => r.interviewDate !== '' && r.interviewDate >= today);
  if (!next) return null;
  const open = () => {
    setInterviewIntent(next.id);
    navigate('interviews');
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="next-interview-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="next-interview-heading">
          Your next interview is {countdown(next.interviewDate, today)}
        </Title>
        <Text>
          {requestTitle(next)}, {formatDay(next.interviewDate)}.
        </Text>
        <Group>
          <Button variant="default" onClick={open}>
            Open the request
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
