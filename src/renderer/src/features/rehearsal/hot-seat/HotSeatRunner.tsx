import { Badge, Button, Grid, Group, Kbd, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconFlag, IconPresentation } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { CATEGORY_LABELS, type Question } from '../../../../../shared/features/question-bank/schemas';
import type { RehearsalSession, Take } from '../../../../../shared/features/rehearsal/schemas';
import { useApi } from '../../../api/ApiProvider';
import { Note } from '../../../components/Note';
import { notifyError } from '../../../components/notify';
import { MIC_MESSAGES } from '../audio/microphone';
import { Countdown } from '../session/Countdown';
import { createWebAudioBeeper } from '../stage/beep';
import { useSoundCues } from '../stage/useSoundCues';
import { useStageKeys } from '../stage/useStageKeys';
import { useStageSender } from '../stage/useStageSender';
import { useStageSnapshot } from '../stage/useStageSnapshot';
import { useTimerCues } from '../stage/useTimerCues';
import { isHostile, type DeckEntry } from './deck';
import { FollowUpForm } from './FollowUpForm';
import { HotSeatControls } from './HotSeatControls';
import { TrainerRatingForm } from './TrainerRatingForm';
import { useHotSeatRun } from './useHotSeatRun';

const wallText = (followUp: string | null, question: string | null): string =>
  followUp ?? question ?? 'This question is no longer in the bank. Skip it.';

/** The trainer's side of a running hot seat; the stage view shows only the prompt and the clock. */
export function HotSeatRunner(props: {
  session: RehearsalSession;
  deck: DeckEntry[];
  questions: ReadonlyMap<string, Question>;
  ambassadorName: string;
  onFinished(takes: Take[]): void;
}) {
  const { session, deck, questions, ambassadorName } = props;
  const api = useApi();
  const run = useHotSeatRun(session, deck);
  const [sound, setSound] = useSoundCues();
  const [finishing, setFinishing] = useState(false);
  const beep = useMemo(() => createWebAudioBeeper(), []);
  const question = run.entry ? questions.get(run.entry.questionId) : undefined;
  const number = run.index + 1;
  const prompt = wallText(run.followUp?.text ?? null, question?.text ?? null);

  useTimerCues({ elapsedMs: run.clock.elapsedMs, targetMs: run.targetSeconds * 1000, enabled: sound, beep });

  const finish = async () => {
    if (finishing) return;
    setFinishing(true);
    run.stopEverything();
    const result = await api['rehearsal:finish']({ id: session.id });
    setFinishing(false);
    if (!result.ok) return notifyError(result.error, 'The interview could not be ended');
    props.onFinished(run.saved);
  };

  // Space and N mean the same at the laptop and at the stage window (which sends them here).
  const onPause = () => (run.phase === 'ready' ? void run.start() : run.togglePause());
  const onNext = () => {
    if (run.phase === 'answering') void run.stop();
    else if (run.phase === 'ready' || run.phase === 'rating') (run.isLast ? () => void finish() : run.next)();
  };
  useStageKeys({ onPause, onNext });
  const snapshot = useStageSnapshot(
    run.entry
      ? {
          questionText: prompt,
          index: run.index,
          total: deck.length,
          targetSeconds: run.targetSeconds,
          elapsedMs: run.clock.bankedMs,
          running: run.clock.running,
          followUp: run.followUp !== null,
        }
      : null,
  );
  const { openStage } = useStageSender(snapshot, (action) => (action === 'next' ? onNext() : onPause()));
  const status =
    run.phase === 'answering' ? (run.clock.running ? 'running' : 'paused') : run.phase === 'ready' ? 'ready' : 'done';
  const answerLabel = run.followUp ? `the follow-up to question ${number}` : `answer ${number}`;

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPresentation size={18} aria-hidden />} onClick={openStage}>
          Open stage view
        </Button>
        <Switch
          label="Sound at 60 %, 80 % and over time"
          checked={sound}
          onChange={(e) => setSound(e.currentTarget.checked)}
        />
        <Button
          variant="default"
          leftSection={<IconFlag size={18} aria-hidden />}
          onClick={() => void finish()}
          loading={finishing}
        >
          End the interview
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="hot-seat-prompt">
              <Stack gap="xs">
                <Group gap="sm">
                  <Text fw={600}>
                    {run.followUp ? 'Follow-up to question' : 'Question'} {number} of {deck.length}
                  </Text>
                  {isHostile(question) ? (
                    <Badge color="red.9" variant="filled" tt="none">
                      Hostile
                    </Badge>
                  ) : null}
                </Group>
                <Title
                  order={3}
                  id="hot-seat-prompt"
                  style={{ fontSize: 'clamp(1.4rem, 2.6vw, 2.1rem)', lineHeight: 1.25 }}
                >
                  {prompt}
                </Title>
              </Stack>
            </Paper>
            <Countdown elapsedMs={run.clock.elapsedMs} targetSeconds={run.targetSeconds} status={status} />
            {run.micProblem ? (
              <Note tone="warning" title={MIC_MESSAGES[run.micProblem].title}>
                Answers are timed and rated but not recorded. {ambassadorName} will see your ratings without audio.
              </Note>
            ) : null}
            {run.notice ? <Note tone="info">{run.notice}</Note> : null}
            <HotSeatControls run={run} onFinish={() => void finish()} />
            {run.phase === 'rating' && run.take ? (
              <Paper withBorder p="md" radius="md">
                <Stack gap="md">
                  <TrainerRatingForm
                    key={run.take.id}
                    take={run.take}
                    ambassadorName={ambassadorName}
                    label={answerLabel}
                    onRated={run.rated}
                  />
                  <FollowUpForm defaultSeconds={run.targetSeconds} onAsk={run.askFollowUp} />
                </Stack>
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hot-seat-notes">
            <Stack gap="xs">
              <Title order={3} size="h4" id="hot-seat-notes">
                For you only
              </Title>
              <Text size="sm">Never shown on the stage view.</Text>
              {question ? (
                <Text>
                  <strong>Category:</strong> {CATEGORY_LABELS[question.category]} · <strong>Difficulty:</strong>{' '}
                  {question.difficulty} of 3
                </Text>
              ) : null}
              {question?.bridgeHint ? (
                <Text>
                  <strong>Listen for:</strong> {question.bridgeHint}
                </Text>
              ) : null}
              <Text size="sm">
                {run.saved.length} answer{run.saved.length === 1 ? '' : 's'} recorded so far.
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <Text size="sm" data-testid="hot-seat-keys">
        Keys: <Kbd>Space</Kbd> starts the clock, then pauses and resumes it · <Kbd>N</Kbd> ends the answer, then goes to
        the next question · <Kbd>F</Kbd> full screen (press it at the stage view).
      </Text>
    </Stack>
  );
}
