import { Badge, Button, Grid, Group, Kbd, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArrowBackUp,
  IconFlag,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerRecord,
  IconPlayerStop,
  IconPlayerTrackNext,
  IconPresentation,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import { MAX_TAKE_SECONDS, type RehearsalSession, type Take } from '../../../../../shared/features/rehearsal/schemas';
import { CATEGORY_LABELS, type Question } from '../../../../../shared/features/question-bank/schemas';
import { useApi } from '../../../api/ApiProvider';
import { Note } from '../../../components/Note';
import { notifyError } from '../../../components/notify';
import { MIC_MESSAGES, type MicProblem } from '../audio/microphone';
import { useTakeCapture } from '../audio/useTakeCapture';
import { toStageSnapshot } from '../stage/protocol';
import { useStageSender } from '../stage/useStageSender';
import { CameraPanel, CameraProblemNote } from '../video/CameraPanel';
import { useCameraChoice } from '../video/useCameraChoice';
import { prepareTake } from '../take/prepare-take';
import { Countdown } from './Countdown';
import { CueCard } from './CueCard';
import type { ResumePoint } from './resume';
import { TakeReview } from './TakeReview';
import { useTakeLanguage } from '../report/useTakeLanguage';
import { useAnswerClock } from './useAnswerClock';
import { useSessionKeys } from './useSessionKeys';

type Stage = 'ready' | 'starting' | 'answering' | 'saving' | 'review';

const LIMIT_MESSAGE = `That answer reached the ${MAX_TAKE_SECONDS / 60}-minute limit, so we stopped it and kept what you said.`;
const SIZE_MESSAGE = 'That recording reached the size limit, so we stopped it and kept what you said.';

export interface SessionRunnerProps {
  session: RehearsalSession;
  ambassadorId: string;
  questions: ReadonlyMap<string, Question>;
  /** Where a session continued after a reload picks up (see resumePoint); a new session starts at the top. */
  resume?: ResumePoint;
  onFinished(sessionId: string): void;
}

/**
 * One practice session, question by question: answer against the clock (recorded or not), then listen back,
 * see the measures, rate yourself and make notes. The trainer drives the same controls when the stage view
 * is on the projector; everything in the side panel stays on this laptop.
 */
export function SessionRunner({ session, ambassadorId, questions, resume, onFinished }: SessionRunnerProps) {
  const api = useApi();
  const type = interviewType(session.interviewType);
  // The language the ambassador last picked in a report, so the pace range here matches it.
  const takeLanguage = useTakeLanguage(ambassadorId);
  const total = session.questionIds.length;

  const [index, setIndex] = useState(resume?.index ?? 0);
  const [stage, setStage] = useState<Stage>(resume?.take ? 'review' : 'ready');
  const [recordAnswers, setRecordAnswers] = useState(true);
  const [recording, setRecording] = useState(false);
  const [micProblem, setMicProblem] = useState<MicProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [take, setTake] = useState<Take | null>(resume?.take ?? null);
  const [playbackUrl, setPlaybackUrl] = useState<string | null>(null);
  const [showCue, setShowCue] = useState(false);
  const [finishing, setFinishing] = useState(false);
  // True from the moment an answer starts until it is stopped: the clock's limit check and the recorder's
  // size check may both ask to stop (and more than once), but a take is saved exactly once.
  const answering = useRef(false);

  const questionId = session.questionIds[index] ?? '';
  const question = questions.get(questionId);
  const isLast = index + 1 >= total;

  // Each blob URL belongs to one take; free it when the next one replaces it or the screen closes.
  useEffect(() => {
    if (!playbackUrl) return;
    return () => URL.revokeObjectURL(playbackUrl);
  }, [playbackUrl]);

  const stopRef = useRef<(reason?: string) => void>(() => undefined);
  const clock = useAnswerClock({ limitMs: MAX_TAKE_SECONDS * 1000, onLimit: () => stopRef.current(LIMIT_MESSAGE) });
  const capture = useTakeCapture(() => stopRef.current(SIZE_MESSAGE));
  const camera = useCameraChoice(session.interviewType, recordAnswers);

  const stopTake = useCallback(
    async (reason?: string) => {
      if (!answering.current) return;
      answering.current = false;
      const durationMs = Math.min(Math.round(clock.elapsedNow()), MAX_TAKE_SECONDS * 1000);
      clock.pause();
      setStage('saving');
      const captured = await capture.finish();
      setRecording(false);
      const prepared = await prepareTake(captured, durationMs);
      const result = await api['rehearsal:saveTake']({
        sessionId: session.id,
        questionId,
        position: index,
        durationMs,
        ...(prepared.recording ? { recording: prepared.recording } : {}),
        ...(prepared.metrics ? { metrics: prepared.metrics } : {}),
        notes: '',
      });
      const notes = [reason, prepared.notice].filter(Boolean).join(' ');
      setNotice(notes || null);
      if (!result.ok) {
        notifyError(result.error, 'This answer was not saved');
        setStage('ready');
        clock.reset();
        return;
      }
      setPlaybackUrl(prepared.playback ? URL.createObjectURL(prepared.playback) : null);
      setTake(result.value);
      setStage('review');
    },
    [api, capture, clock, index, questionId, session.id],
  );
  useEffect(() => {
    stopRef.current = (reason) => void stopTake(reason);
  });

  const startTake = async () => {
    if (stage !== 'ready') return;
    setStage('starting');
    setNotice(null);
    let recordingNow = false;
    if (recordAnswers) {
      const { micProblem: problem, cameraProblem } = await capture.begin({ camera: camera.wanted });
      camera.report(cameraProblem);
      setMicProblem(problem);
      recordingNow = problem === null;
      // Do not ask again for every question; the message says how to turn recording back on.
      if (problem) setRecordAnswers(false);
    }
    setRecording(recordingNow);
    clock.reset();
    clock.start();
    answering.current = true;
    setStage('answering');
  };

  const togglePause = () => {
    if (stage !== 'answering') return;
    if (clock.running) {
      clock.pause();
      capture.pause();
    } else {
      clock.start();
      capture.resume();
    }
  };

  const clearTake = () => {
    clock.reset();
    setTake(null);
    setPlaybackUrl(null);
    setNotice(null);
    setStage('ready');
  };

  const finish = async () => {
    if (finishing) return;
    setFinishing(true);
    answering.current = false;
    capture.discard();
    clock.pause();
    const result = await api['rehearsal:finish']({ id: session.id });
    setFinishing(false);
    if (!result.ok) {
      notifyError(result.error, 'The session could not be finished');
      return;
    }
    onFinished(session.id);
  };

  const next = () => {
    if (stage !== 'ready' && stage !== 'review') return;
    if (isLast) {
      void finish();
      return;
    }
    clearTake();
    setMicProblem(null);
    setIndex((i) => i + 1);
  };

  const confirmEndEarly = () =>
    modals.openConfirmModal({
      title: 'End this session now?',
      children: (
        <Text>
          Answers you have finished are kept, and you will see your report. An answer still running is not saved.
        </Text>
      ),
      labels: { confirm: 'End session', cancel: 'Keep practising' },
      onConfirm: () => void finish(),
    });

  useSessionKeys({
    onSpace: () => {
      if (stage === 'ready') void startTake();
      else if (stage === 'answering') void stopTake();
    },
    onNext: next,
  });

  const snapshot = useMemo(
    () =>
      question
        ? toStageSnapshot({
            questionText: question.text,
            index,
            total,
            targetSeconds: type.answerSeconds,
            elapsedMs: clock.bankedMs,
            running: clock.running,
          })
        : null,
    [question, index, total, type.answerSeconds, clock.bankedMs, clock.running],
  );
  const { openStage } = useStageSender(snapshot);

  const countdownStatus =
    stage === 'answering'
      ? clock.running
        ? 'running'
        : 'paused'
      : stage === 'saving' || stage === 'review'
        ? 'done'
        : 'ready';

  return (
    <>
      <Text size="lg" mb="md">
        {type.name}: about {type.answerSeconds} seconds an answer.
      </Text>
      <Group gap="sm" mb="md">
        <Button
          variant="default"
          leftSection={<IconPresentation size={18} aria-hidden />}
          onClick={openStage}
          aria-describedby="stage-help"
        >
          Open stage view
        </Button>
        <Button
          variant="default"
          leftSection={<IconFlag size={18} aria-hidden />}
          onClick={confirmEndEarly}
          loading={finishing}
        >
          End session
        </Button>
        <Text size="sm" id="stage-help" maw={420}>
          For a projector: the stage view shows only the question and the timer. Notes stay on this laptop.
        </Text>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="question-heading">
              <Stack gap="xs">
                <Text fw={600} id="question-position">
                  Question {index + 1} of {total}
                </Text>
                <Title
                  order={2}
                  id="question-heading"
                  style={{ fontSize: 'clamp(1.6rem, 3vw, 2.4rem)', lineHeight: 1.25 }}
                >
                  {question?.text ?? 'This question is no longer available. Go on to the next one.'}
                </Title>
              </Stack>
            </Paper>

            <Countdown elapsedMs={clock.elapsedMs} targetSeconds={type.answerSeconds} status={countdownStatus} />

            <CameraProblemNote problem={camera.problem} />
            {micProblem ? (
              <Note tone="warning" title={MIC_MESSAGES[micProblem].title}>
                {MIC_MESSAGES[micProblem].text}
              </Note>
            ) : null}
            {notice ? <Note tone="warning">{notice}</Note> : null}

            <Group gap="sm">
              {stage === 'ready' || stage === 'starting' ? (
                <>
                  <Button
                    size="md"
                    onClick={() => void startTake()}
                    loading={stage === 'starting'}
                    leftSection={
                      recordAnswers ? (
                        <IconPlayerRecord size={18} aria-hidden />
                      ) : (
                        <IconPlayerPlay size={18} aria-hidden />
                      )
                    }
                  >
                    {recordAnswers ? 'Start recording' : 'Start answer'}
                  </Button>
                  <Switch
                    label="Record my answers"
                    checked={recordAnswers}
                    onChange={(event) => setRecordAnswers(event.currentTarget.checked)}
                    disabled={stage === 'starting'}
                  />
                </>
              ) : null}
              {stage === 'answering' ? (
                <>
                  <Button
                    size="md"
                    color="red.9"
                    onClick={() => void stopTake()}
                    leftSection={<IconPlayerStop size={18} aria-hidden />}
                  >
                    Stop
                  </Button>
                  <Button
                    size="md"
                    variant="default"
                    onClick={togglePause}
                    leftSection={
                      clock.running ? (
                        <IconPlayerPause size={18} aria-hidden />
                      ) : (
                        <IconPlayerPlay size={18} aria-hidden />
                      )
                    }
                  >
                    {clock.running ? 'Pause' : 'Resume'}
                  </Button>
                  <Badge size="lg" variant="filled" color={recording ? 'red.9' : 'gray.8'} tt="none">
                    {recording ? (capture.selfView ? 'Recording on camera' : 'Recording') : 'Not recording'}
                  </Badge>
                </>
              ) : null}
              {stage === 'saving' ? (
                <Text role="status" fw={600}>
                  {recording ? 'Measuring and saving your answer…' : 'Saving your answer…'}
                </Text>
              ) : null}
              {stage === 'review' ? (
                <Button
                  variant="default"
                  size="md"
                  onClick={clearTake}
                  leftSection={<IconArrowBackUp size={18} aria-hidden />}
                >
                  Try this question again
                </Button>
              ) : null}
              {stage === 'ready' || stage === 'review' ? (
                <Button
                  size="md"
                  variant={stage === 'review' ? 'filled' : 'subtle'}
                  onClick={next}
                  loading={finishing}
                  rightSection={<IconPlayerTrackNext size={18} aria-hidden />}
                >
                  {isLast ? 'Finish and see report' : stage === 'review' ? 'Next question' : 'Skip to next question'}
                </Button>
              ) : null}
            </Group>

            {stage === 'review' && take ? (
              <TakeReview take={take} playbackUrl={playbackUrl} onRated={setTake} language={takeLanguage.language} />
            ) : null}
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {camera.available && recordAnswers ? (
              <CameraPanel
                camera={camera}
                selfView={capture.selfView}
                busy={stage === 'starting' || stage === 'answering'}
              />
            ) : null}
            <Switch
              label="Show cue card"
              checked={showCue}
              onChange={(event) => setShowCue(event.currentTarget.checked)}
            />
            {showCue ? <CueCard ambassadorId={ambassadorId} /> : null}
            {question ? (
              <Paper withBorder p="md" radius="md" component="section" aria-labelledby="laptop-notes-heading">
                <Stack gap="xs">
                  <Title order={3} size="h4" id="laptop-notes-heading">
                    Notes for this laptop only
                  </Title>
                  <Text size="sm">Never shown on the stage view.</Text>
                  <Text>
                    <strong>Category:</strong> {CATEGORY_LABELS[question.category]} · <strong>Difficulty:</strong>{' '}
                    {question.difficulty} of 3
                  </Text>
                  {question.bridgeHint ? (
                    <Text data-testid="bridge-hint">
                      <strong>Bridge hint:</strong> {question.bridgeHint}
                    </Text>
                  ) : null}
                </Stack>
              </Paper>
            ) : null}
            <Text size="sm">
              Keys: <Kbd>Space</Kbd> starts and stops an answer, <Kbd>N</Kbd> goes to the next question (not while
              typing).
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
