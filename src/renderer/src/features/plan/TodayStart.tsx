import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useState } from 'react';
import type { StudyPlan } from '../../../../shared/features/plan/schemas';
import { INTERVIEW_TYPES } from '../../../../shared/features/rehearsal/interview-types';
import type { InterviewTypeId, RehearsalSession } from '../../../../shared/features/rehearsal/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { plural } from './format';

/**
 * Today's questions and a way straight into them. The session holds exactly the questions listed for today;
 * the interview type starts as the upcoming interview's, if there is one, since that is what to get used to.
 */
export function TodayStart({
  ambassadorId,
  plan,
  onStarted,
}: {
  ambassadorId: string;
  plan: StudyPlan;
  onStarted(session: RehearsalSession): void;
}) {
  const start = useChannelMutation('plan:rehearseToday');
  const [type, setType] = useState<InterviewTypeId>(plan.interview?.format ?? 'live-radio');
  const today = plan.days[0]?.items ?? [];
  const run = async () => {
    const result = await start.run({ ambassadorId, interviewType: type });
    if (result.ok) onStarted(result.value);
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="plan-today-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id="plan-today-heading">
          Today
        </Title>
        {today.length === 0 ? (
          <Text data-testid="plan-today-count">
            Nothing is planned for today. You can still practise new questions on the Practise tab.
          </Text>
        ) : (
          <>
            <Text data-testid="plan-today-count">
              {plural(today.length, 'question')} planned for today (about {today.length * 3} minutes).
            </Text>
            <Group align="flex-end">
              <NativeSelect
                label="Interview type"
                value={type}
                onChange={(event) => setType(event.currentTarget.value as InterviewTypeId)}
                data={INTERVIEW_TYPES.map((t) => ({ value: t.id, label: t.name }))}
              />
              <Button leftSection={<IconMicrophone size={18} aria-hidden />} onClick={run} loading={start.busy}>
                Rehearse today’s questions
              </Button>
            </Group>
          </>
        )}
        {start.error ? (
          <Text role="alert" c="red.8">
            {start.error.message}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
