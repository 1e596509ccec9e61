import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { PLAN_RULES } from '../../../../shared/features/plan/schedule';
import type { StudyPlan } from '../../../../shared/features/plan/schemas';
import type { RehearsalSession } from '../../../../shared/features/rehearsal/schemas';
import { Note } from '../../components/Note';
import { QueryView } from '../../components/QueryView';
import { DayList } from './DayList';
import { formatDay, mediaSentence, plural } from './format';
import { usePlan } from './queries';
import { ReadinessBars } from './ReadinessBars';
import { TodayStart } from './TodayStart';

function InterviewNote({ plan }: { plan: StudyPlan }) {
  if (!plan.interview) return null;
  const before = plan.mediaStatus === 'upcoming' ? ', before the media day' : '';
  return (
    <Note title="A real interview comes first">
      Your interview with {plan.interview.outlet} is on {formatDay(plan.interview.date)}
      {before}. Treat that day as your deadline: rehearse the questions planned before it.
    </Note>
  );
}

/** What the plan cannot fit, said plainly, with what to do about it. */
function FitNote({ plan }: { plan: StudyPlan }) {
  if (plan.notPlaced === 0) return null;
  return (
    <Note title="Not everything fits" tone="warning">
      At {plan.dailyLimit} questions a day, {plural(plan.notPlaced, 'rehearsal')} do not fit before the last day.
      Practise a few more on some days, or ask your trainer for a shorter set of questions.
    </Note>
  );
}

/** How the plan is made, so nobody takes it for a promise. */
function Rules({ plan }: { plan: StudyPlan }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-rules-heading">
      <Title order={3} size="h5" id="plan-rules-heading" mb="xs">
        How this plan is made
      </Title>
      <List spacing={4} size="sm">
        {PLAN_RULES.map((rule) => (
          <List.Item key={rule}>{rule}</List.Item>
        ))}
        {plan.laterCount > 0 ? (
          <List.Item>{plural(plan.laterCount, 'question')} you know well come back only after these days.</List.Item>
        ) : null}
      </List>
    </Paper>
  );
}

/** The Plan tab of Interview practice: the days to the media date, today's questions and readiness. */
export function PlanPanel({
  ambassadorId,
  onStarted,
}: {
  ambassadorId: string;
  onStarted(session: RehearsalSession): void;
}) {
  const plan = usePlan(ambassadorId);
  return (
    <QueryView query={plan} loadingLabel="Making your plan…" errorTitle="Your plan could not be made">
      {(p) => (
        <Stack gap="lg" maw={860}>
          <Stack gap={4}>
            <Title order={2} size="h3">
              Your plan to the media day
            </Title>
            <Text data-testid="plan-media">{mediaSentence(p)}</Text>
          </Stack>
          <InterviewNote plan={p} />
          <TodayStart key={p.interview?.format ?? 'none'} ambassadorId={ambassadorId} plan={p} onStarted={onStarted} />
          <FitNote plan={p} />
          <section aria-labelledby="plan-days-heading">
            <Title order={3} size="h4" id="plan-days-heading" mb="sm">
              Day by day
            </Title>
            <DayList plan={p} />
          </section>
          <ReadinessBars readiness={p.readiness} />
          <Rules plan={p} />
        </Stack>
      )}
    </QueryView>
  );
}
