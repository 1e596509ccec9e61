import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../components/QueryView';
import { formatDay } from './labels';
import { useFollowUps } from './queries';

/**
 * Trainer overview: who asked for a follow-up after a real interview. Only names and dates: the debrief
 * itself stays with the ambassador unless they shared it.
 */
export function FollowUpList({ cohortId }: { cohortId: string }) {
  const query = useFollowUps(cohortId);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="follow-ups-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="follow-ups-heading">
          Asked for a follow-up
        </Title>
        <QueryView
          query={query}
          loadingLabel="Loading follow-up requests…"
          isEmpty={(list) => list.length === 0}
          empty={<Text>Nobody has asked for a follow-up after an interview.</Text>}
        >
          {(list) => (
            <List spacing={4}>
              {list.map((f) => (
                <List.Item key={f.interviewId}>
                  <Text span fw={600}>
                    {f.publicName}
                  </Text>
                  {f.interviewDate ? ` · interview on ${formatDay(f.interviewDate)}` : ''} · debrief filed{' '}
                  {formatDay(f.filedAt.slice(0, 10))}
                </List.Item>
              ))}
            </List>
          )}
        </QueryView>
        <Text size="sm">
          What they wrote stays private unless they chose to share it. A short, kind check-in is enough: ask, do not
          assume.
        </Text>
      </Stack>
    </Paper>
  );
}
