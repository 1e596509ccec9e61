import { Button, Stack, Text } from '@mantine/core';
import { useNavigation } from '../../app/navigation';
import { EmptyState } from '../../components/EmptyState';
import { QuestionFileTransfer } from './QuestionFileTransfer';
import { QuestionBankPanel } from './QuestionBankPanel';
import { QuestionSetsPanel } from './QuestionSetsPanel';
import { ScreenLoader } from '../../components/ScreenLoader';
import { useQuestions } from './queries';

/** Trainer mode only: the current cohort's questions, sets and pack files. The backend checks the role too. */
export function TrainerTools({ cohortId }: { cohortId: string | null }) {
  const { navigate } = useNavigation();
  const questions = useQuestions(cohortId, cohortId !== null);
  if (!cohortId) {
    return (
      <EmptyState
        title="Choose a cohort first"
        action={<Button onClick={() => navigate('trainer')}>Go to Trainer</Button>}
      >
        Questions, sets and packs belong to a cohort. Pick or create one on the Trainer screen.
      </EmptyState>
    );
  }
  if (!questions.data) {
    return questions.error ? (
      <Text role="alert">{questions.error.message}</Text>
    ) : (
      <ScreenLoader label="Loading questions…" />
    );
  }
  return (
    <Stack gap="xl">
      <QuestionFileTransfer cohortId={cohortId} />
      <QuestionSetsPanel cohortId={cohortId} questions={questions.data} />
      <QuestionBankPanel cohortId={cohortId} questions={questions.data} />
    </Stack>
  );
}
