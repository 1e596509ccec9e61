import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Cohort } from '../../../../../shared/features/cohorts/schemas';
import type { Question } from '../../../../../shared/features/question-bank/schemas';
import type { RehearsalSession, Take } from '../../../../../shared/features/rehearsal/schemas';
import { QueryView } from '../../../components/QueryView';
import { useCohortAmbassadors } from '../../ambassadors/queries';
import { useQuestions } from '../../question-bank/queries';
import type { DeckEntry } from './deck';
import { HotSeatRunner } from './HotSeatRunner';
import { HotSeatSetup } from './HotSeatSetup';

type Step =
  | { kind: 'setup' }
  | { kind: 'running'; session: RehearsalSession; deck: DeckEntry[] }
  | { kind: 'done'; session: RehearsalSession; takes: Take[] };

/**
 * Hot-seat mock interviews for a cohort: the trainer plays the journalist from this laptop while the ambassador
 * answers at the stage view. Each answer is saved as a take in the ambassador's own history, with the trainer's
 * rating and comment.
 */
export function HotSeatPanel({ cohort }: { cohort: Cohort }) {
  const questionsQuery = useQuestions(cohort.id);
  const people = useCohortAmbassadors(cohort.id);
  const [step, setStep] = useState<Step>({ kind: 'setup' });
  const questions = useMemo(
    () => new Map<string, Question>((questionsQuery.data ?? []).map((q) => [q.id, q])),
    [questionsQuery.data],
  );
  const nameOf = (ambassadorId: string) =>
    people.data?.find((p) => p.id === ambassadorId)?.displayName ?? 'the ambassador';

  return (
    <Stack gap="md" component="section" aria-labelledby="hot-seat-heading">
      <Stack gap={4}>
        <Title order={2} id="hot-seat-heading">
          Hot seat
        </Title>
        <Text maw={760}>
          A mock interview: you ask the questions from this laptop, the ambassador answers at the stage view. Each
          answer is saved in their practice history with your rating and comment.
        </Text>
      </Stack>
      <QueryView query={questionsQuery} loadingLabel="Loading the question bank…">
        {() => {
          if (step.kind === 'running')
            return (
              <HotSeatRunner
                session={step.session}
                deck={step.deck}
                questions={questions}
                ambassadorName={nameOf(step.session.ambassadorId)}
                onFinished={(takes) => setStep({ kind: 'done', session: step.session, takes })}
              />
            );
          if (step.kind === 'done') {
            const rated = step.takes.filter((t) => t.trainerFeedback).length;
            const name = nameOf(step.session.ambassadorId);
            return (
              <Stack gap="sm" role="status">
                <Text fw={600}>
                  Interview finished: {step.takes.length} answer{step.takes.length === 1 ? '' : 's'} recorded, {rated}{' '}
                  rated.
                </Text>
                <Text>{name} sees your ratings and comments in their practice history.</Text>
                <Group>
                  <Button onClick={() => setStep({ kind: 'setup' })}>Start another hot seat</Button>
                </Group>
              </Stack>
            );
          }
          return (
            <HotSeatSetup
              cohort={cohort}
              questions={questions}
              onStarted={(session, deck) => setStep({ kind: 'running', session, deck })}
            />
          );
        }}
      </QueryView>
    </Stack>
  );
}
