import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import { useChannelMutation } from '../../../api/channel-query';
import { notifyError } from '../../../components/notify';
import { useRehearsalSessions } from '../queries';
import { resumePoint, unfinishedSession, type ResumePoint } from '../session/resume';

/** "14:05" today, "2 Dec, 14:05" on another day: enough to recognise the session. */
function startedAt(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/**
 * After a reload or a crash the session in progress is offered again, where it was left. Discarding ends it:
 * answers already given stay in the history (their ratings already scheduled the questions); a session with
 * no answer yet is removed.
 */
export function ResumeOffer({
  ambassadorId,
  onContinue,
}: {
  ambassadorId: string;
  onContinue(session: RehearsalSession, point: ResumePoint): void;
}) {
  const sessions = useRehearsalSessions(ambassadorId);
  const finish = useChannelMutation('rehearsal:finish');
  const remove = useChannelMutation('rehearsal:deleteSession');
  const session = sessions.data ? unfinishedSession(sessions.data) : null;
  if (!session) return null;

  const point = resumePoint(session);
  const answered = new Set(session.takes.map((t) => t.position)).size;
  const discard = async () => {
    const result = answered > 0 ? await finish.run({ id: session.id }) : await remove.run({ id: session.id });
    if (!result.ok) notifyError(result.error, 'The session was not discarded');
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="resume-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="resume-heading">
          Continue your session from {startedAt(session.createdAt)} (question {point.index + 1} of{' '}
          {session.questionIds.length})
        </Title>
        <Text>
          {answered > 0
            ? `You answered ${answered} of ${session.questionIds.length} questions. Your recordings, ratings and notes are kept.`
            : 'You had not answered a question yet.'}
        </Text>
        <Group gap="sm">
          <Button onClick={() => onContinue(session, point)} leftSection={<IconPlayerPlay size={18} aria-hidden />}>
            Continue
          </Button>
          <Button
            variant="default"
            onClick={() => void discard()}
            loading={finish.busy || remove.busy}
            aria-describedby="resume-discard-help"
          >
            Discard it
          </Button>
        </Group>
        <Text size="sm" id="resume-discard-help">
          {answered > 0
            ? 'Discarding ends the session here: the answers you gave stay in your history.'
            : 'Discarding removes this empty session.'}
        </Text>
      </Stack>
    </Paper>
  );
}
