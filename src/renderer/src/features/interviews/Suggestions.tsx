import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { InterviewRequest } from '../../../../shared/features/interviews/schemas';
import {
  CATEGORY_LABELS,
  QUESTION_CATEGORIES,
  type QuestionCategory,
} from '../../../../shared/features/question-bank/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useNavigation } from '../../app/navigation';
import { QueryView } from '../../components/QueryView';
import { notifyError } from '../../components/notify';
import { setSessionIntent } from '../rehearsal/intent';
import { useSuggestions } from './queries';

const isCategory = (value: string): value is QuestionCategory =>
  (QUESTION_CATEGORIES as readonly string[]).includes(value);

/** The first three are ticked: enough for one short session, and the hostile one is always among them. */
const FIRST_TICKED = 3;

/**
 * Questions worth rehearsing for this request, each with why it was suggested. "Rehearse these" starts a practice
 * session with exactly the ticked ones, as this kind of interview, and opens it in Interview practice.
 */
export function Suggestions({ request }: { request: InterviewRequest }) {
  const query = useSuggestions(request.id);
  const rehearse = useChannelMutation('interview:rehearse');
  const { navigate } = useNavigation();
  const [unticked, setUnticked] = useState<ReadonlySet<string> | null>(null);

  const start = async (questionIds: string[]) => {
    const result = await rehearse.run({ id: request.id, questionIds });
    if (!result.ok) {
      notifyError(result.error, 'The practice session did not start');
      return;
    }
    setSessionIntent(result.value.id);
    navigate('interview-practice');
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="suggested-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="suggested-heading">
          Questions to rehearse
        </Title>
        <Text>
          Chosen from the question bank for this interview: its kind, its angle and the topics you keep private.
        </Text>
        <QueryView query={query} loadingLabel="Choosing questions…" errorTitle="No questions could be suggested">
          {(suggestions) => {
            const ticked = suggestions
              .filter((s, i) => (unticked ? !unticked.has(s.questionId) : i < FIRST_TICKED))
              .map((s) => s.questionId);
            const toggle = (id: string, on: boolean) => {
              const off = new Set(suggestions.map((s) => s.questionId).filter((q) => !ticked.includes(q)));
              if (on) off.delete(id);
              else off.add(id);
              setUnticked(off);
            };
            return (
              <Stack gap="sm">
                {suggestions.map((s) => (
                  <Checkbox
                    key={s.questionId}
                    checked={ticked.includes(s.questionId)}
                    onChange={(e) => toggle(s.questionId, e.currentTarget.checked)}
                    label={
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Text fw={600}>{s.text}</Text>
                          <Badge variant="default" tt="none">
                            {isCategory(s.category) ? CATEGORY_LABELS[s.category] : s.category}
                          </Badge>
                        </Group>
                        <Text size="sm">{s.reason}</Text>
                        {s.bridgeHint ? <Text size="sm">Bridge: {s.bridgeHint}</Text> : null}
                      </Stack>
                    }
                  />
                ))}
                <Group>
                  <Button disabled={ticked.length === 0} loading={rehearse.busy} onClick={() => void start(ticked)}>
                    {ticked.length === 0 ? 'Tick questions to rehearse' : `Rehearse these (${ticked.length})`}
                  </Button>
                </Group>
              </Stack>
            );
          }}
        </QueryView>
      </Stack>
    </Paper>
  );
}
