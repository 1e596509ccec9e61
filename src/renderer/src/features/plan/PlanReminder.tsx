import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { reminderParts } from './format';
import { setPlanIntent } from './intent';
import { usePlan } from './queries';

/** Home's reminder: today's load, the media day and the hostile questions, linking to the plan. */
export function PlanReminder({ ambassadorId }: { ambassadorId: string }) {
  const { data: plan, error } = usePlan(ambassadorId);
  const { navigate } = useNavigation();
  if (error || plan === undefined) return null;
  const open = () => {
    setPlanIntent();
    navigate('interview-practice');
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="plan-reminder-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="plan-reminder-heading">
          Your plan to the media day
        </Title>
        <Text data-testid="plan-reminder">{reminderParts(plan).join(' · ')}</Text>
        <Button variant="default" leftSection={<IconCalendarEvent size={18} aria-hidden />} onClick={open}>
          Open your plan
        </Button>
      </Stack>
    </Paper>
  );
}
