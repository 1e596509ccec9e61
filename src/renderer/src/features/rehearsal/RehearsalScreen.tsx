import { Button, Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarEvent, IconChartLine, IconListNumbers, IconMicrophone } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { type RehearsalSession } from '../../../../shared/features/rehearsal/schemas';
import { type Question } from '../../../../shared/features/question-bank/schemas';
import { useStudioActions } from '../../app/actions';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLoader } from '../../components/ScreenLoader';
import { HistoryPanel } from './history/HistoryPanel';
import { clearSessionIntent, readSessionIntent, takePracticeIntent } from './intent';
import { useRehearsalSession } from './queries';
import { SessionReport } from './report/SessionReport';
import type { ResumePoint } from './session/resume';
import { SessionRunner } from './session/SessionRunner';
import { ResumeOffer } from './setup/ResumeOffer';
import { SessionSetup } from './setup/SessionSetup';
import { TrainerTools } from '../question-bank/TrainerTools';
import { PlanPanel } from '../plan/PlanPanel';
import { takePlanIntent } from '../plan/intent';
import { useAmbassador } from '../ambassadors/queries';
import { useCurrentAmbassadorId } from '../access/queries';
import { useSettings } from '../settings/queries';
import { useQuestions } from '../question-bank/queries';
import { useAccess } from '../access/queries';

type View =
  | { kind: 'home' }
  | { kind: 'session'; session: RehearsalSession; resume?: ResumePoint }
  | { kind: 'report'; sessionId: string };
type Tab = 'practise' | 'plan' | 'history' | 'questions';

function useQuestionMap(cohortId: string | null, enabled: boolean): ReadonlyMap<string, Question> {
  const { data } = useQuestions(cohortId, enabled);
  return useMemo(() => new Map((data ?? []).map((q) => [q.id, q])), [data]);
}

const INTRO =
  'Practise answering out loud before the real thing. When a question pulls you off course, acknowledge it, bridge with “What matters most here is…”, then give one of your key messages.';

/**
 * Interview practice below its heading (see InterviewPracticeScreen): set up and run a session, read its report,
 * see history and progress; trainers manage questions.
 */
export default function RehearsalScreen() {
  const { settings } = useSettings();
  const currentAmbassadorId = useCurrentAmbassadorId();
  const ambassadorId = currentAmbassadorId;
  const ambassador = useAmbassador(ambassadorId);
  const { createAmbassador } = useStudioActions();
  const [view, setView] = useState<View>({ kind: 'home' });
  // Home's plan reminder opens the Plan tab.
  const [tab, setTab] = useState<Tab>(() => (takePlanIntent() ? 'plan' : 'practise'));
  const [intent] = useState(takePracticeIntent);
  // A session another screen started (an interview request's "Rehearse these") opens at once.
  const [openId, setOpenId] = useState(readSessionIntent);
  const toOpen = useRehearsalSession(openId);
  if (openId && (toOpen.data || toOpen.error)) {
    setOpenId(null);
    if (toOpen.data) setView({ kind: 'session', session: toOpen.data });
  }
  useEffect(() => {
    if (openId === null) clearSessionIntent();
  }, [openId]);
  const loaded = ambassador.data && ambassador.data.id === ambassadorId ? ambassador.data : null;
  const cohortId = loaded?.cohortId ?? null;
  const questions = useQuestionMap(cohortId, loaded !== null);
  // This window's trainer mode (access:state): each window unlocks its own, and it locks again after idle time.
  const { isTrainer } = useAccess();
  // When trainer mode locks (idle time, Lock now) on the trainer's tab, the screen goes back to practising.
  const shownTab: Tab = tab === 'questions' && !isTrainer ? 'practise' : tab;

  if (!ambassadorId) {
    return (
      <EmptyState
        title="Choose who is practising"
        action={<Button onClick={() => createAmbassador()}>Create an ambassador profile</Button>}
      >
        Practice sessions, recordings and ratings belong to one ambassador. Create a profile, or pick one at the top of
        the window.
      </EmptyState>
    );
  }
  if (!loaded) {
    return ambassador.error ? <Text role="alert">{ambassador.error.message}</Text> : <ScreenLoader />;
  }

  if (view.kind === 'session') {
    return (
      <SessionRunner
        key={view.session.id}
        session={view.session}
        resume={view.resume}
        ambassadorId={loaded.id}
        questions={questions}
        onFinished={(sessionId) => setView({ kind: 'report', sessionId })}
      />
    );
  }

  return (
    <>
      <Text size="lg" maw={720} mb="lg">
        {INTRO}
      </Text>
      {view.kind === 'report' ? (
        <SessionReport
          sessionId={view.sessionId}
          questions={questions}
          onBack={() => setView({ kind: 'home' })}
          onDeleted={() => {
            setView({ kind: 'home' });
            setTab('history');
          }}
        />
      ) : (
        <Tabs value={shownTab} onChange={(value) => setTab((value as Tab | null) ?? 'practise')} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="practise" leftSection={<IconMicrophone size={18} aria-hidden />}>
              Practise
            </Tabs.Tab>
            <Tabs.Tab value="plan" leftSection={<IconCalendarEvent size={18} aria-hidden />}>
              Plan to the media day
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconChartLine size={18} aria-hidden />}>
              History and progress
            </Tabs.Tab>
            {isTrainer ? (
              <Tabs.Tab value="questions" leftSection={<IconListNumbers size={18} aria-hidden />}>
                Questions (trainer)
              </Tabs.Tab>
            ) : null}
          </Tabs.List>
          <Tabs.Panel value="practise">
            <Stack gap="lg">
              <ResumeOffer
                ambassadorId={loaded.id}
                onContinue={(session, resume) => setView({ kind: 'session', session, resume })}
              />
              <SessionSetup
                ambassadorId={loaded.id}
                cohortId={cohortId}
                initial={intent ? { mode: intent } : undefined}
                onStarted={(session) => setView({ kind: 'session', session })}
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <PlanPanel ambassadorId={loaded.id} onStarted={(session) => setView({ kind: 'session', session })} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <HistoryPanel
              ambassadorId={loaded.id}
              onOpenReport={(sessionId) => setView({ kind: 'report', sessionId })}
            />
          </Tabs.Panel>
          {isTrainer ? (
            <Tabs.Panel value="questions">
              <TrainerTools cohortId={settings?.currentCohortId ?? cohortId} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      )}
    </>
  );
}
