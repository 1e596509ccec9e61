import { Button, Group, List, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconBulb, IconCheck, IconTrash } from '@tabler/icons-react';
import { interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import { type RehearsalSession, type Take } from '../../../../../shared/features/rehearsal/schemas';
import { type Question } from '../../../../../shared/features/question-bank/schemas';
import { useApi } from '../../../api/ApiProvider';
import { notifyError } from '../../../components/notify';
import { focusForNextTime, wentWell } from './summary';
import { useRehearsalSession } from '../queries';
import { TakeLanguageSelect } from './TakeLanguageSelect';
import { useTakeLanguage } from './useTakeLanguage';
import { TakeCard } from './TakeCard';
import { notifyMovedToTrash } from '../../trash/notifyMovedToTrash';

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
      });
}

/** After a session: what went well, one focus for next time, then each answer to replay. */
export function SessionReport({
  sessionId,
  questions,
  onBack,
  onDeleted,
}: {
  sessionId: string;
  questions: ReadonlyMap<string, Question>;
  onBack(): void;
  onDeleted(): void;
}) {
  const api = useApi();
  const { data: session, error } = useRehearsalSession(sessionId);
  const takeLanguage = useTakeLanguage(session?.ambassadorId ?? null);

  if (!session || session.id !== sessionId) {
    return error ? (
      <Text role="alert">{error.message}</Text>
    ) : (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text>Loading your report…</Text>
      </Group>
    );
  }

  const type = interviewType(session.interviewType);
  const takes = [...session.takes].sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt));
  const well = wentWell(takes, takeLanguage.language);
  const focus = focusForNextTime(takes, takeLanguage.language);

  const deleteTake = (take: Take) =>
    modals.openConfirmModal({
      title: 'Delete this answer?',
      children: (
        <Text>The recording, its measures, your rating and notes go to the Trash, where they stay for 30 days.</Text>
      ),
      labels: { confirm: 'Delete answer', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        const result = await api['rehearsal:deleteTake']({ takeId: take.id });
        if (!result.ok) return notifyError(result.error, 'The answer was not deleted');
        notifyMovedToTrash(api, 'The answer', result.value.trashId);
      },
    });

  const deleteSession = (s: RehearsalSession) =>
    modals.openConfirmModal({
      title: 'Delete this whole session?',
      children: (
        <Text>All its answers, recordings, ratings and notes go to the Trash, where they stay for 30 days.</Text>
      ),
      labels: { confirm: 'Delete session', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        const result = await api['rehearsal:deleteSession']({ id: s.id });
        if (!result.ok) return notifyError(result.error, 'The session was not deleted');
        notifyMovedToTrash(api, 'The session', result.value.trashId);
        onDeleted();
      },
    });

  return (
    <Stack gap="lg" maw={860}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} id="report-heading">
            Your report
          </Title>
          <Text>
            {type.name}, {formatWhen(session.createdAt)}. {takes.length} answer{takes.length === 1 ? '' : 's'} of{' '}
            {session.questionIds.length} question{session.questionIds.length === 1 ? '' : 's'}.
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={onBack}>
          Back to interview practice
        </Button>
      </Group>
      {takes.some((t) => t.metrics) ? <TakeLanguageSelect choice={takeLanguage} /> : null}

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="went-well-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="went-well-heading">
            What went well
          </Title>
          <List
            spacing="xs"
            icon={
              <ThemeIcon color="teal.9" size={22} radius="xl" aria-hidden>
                <IconCheck size={14} />
              </ThemeIcon>
            }
          >
            {well.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Title order={3} size="h4" id="focus-heading" mt="sm">
            One thing to focus on next time
          </Title>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color="yellow.9" size={22} radius="xl" aria-hidden>
              <IconBulb size={14} />
            </ThemeIcon>
            <Text data-testid="report-focus">{focus}</Text>
          </Group>
        </Stack>
      </Paper>

      {takes.length === 0 ? <Text>No answers were saved in this session.</Text> : null}
      {takes.map((take, i) => (
        <TakeCard
          key={take.id}
          take={take}
          number={i + 1}
          question={questions.get(take.questionId)}
          onDelete={deleteTake}
          ambassadorId={session.ambassadorId}
          language={takeLanguage.language}
        />
      ))}

      <Group>
        <Button
          variant="outline"
          color="red.9"
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => deleteSession(session)}
        >
          Delete this session
        </Button>
      </Group>
    </Stack>
  );
}
