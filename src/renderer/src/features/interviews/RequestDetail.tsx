import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { type InterviewRequest } from '../../../../shared/features/interviews/schemas';
import { pickFields } from '../../../../shared/fields';
import { interviewFieldsSchema } from '../../../../shared/features/interviews/schemas';
import { useApi } from '../../api/ApiProvider';
import { useChannelMutation } from '../../api/channel-query';
import { confirmDanger } from '../../components/confirmDanger';
import { notifyError } from '../../components/notify';
import { notifyMovedToTrash } from '../trash/notifyMovedToTrash';
import { DebriefForm } from './DebriefForm';
import { countdown, formatDay, formatName, interviewHappened } from './labels';
import { PrepCardButton } from './PrepCardButton';
import { RequestForm } from './RequestForm';
import { Suggestions } from './Suggestions';

export function requestTitle(request: Pick<InterviewRequest, 'outlet' | 'journalist'>): string {
  return request.journalist ? `${request.outlet}, ${request.journalist}` : request.outlet;
}

function When({ request }: { request: InterviewRequest }) {
  if (!request.interviewDate) return <Text>{formatName(request.format)} · no date fixed yet</Text>;
  return (
    <Text>
      {formatName(request.format)} · {formatDay(request.interviewDate)} ({countdown(request.interviewDate)})
    </Text>
  );
}

/** One request: its checklist, the questions to rehearse, the prep card, and the debrief once the day has come. */
export function RequestDetail({ request, onBack }: { request: InterviewRequest; onBack(): void }) {
  const api = useApi();
  const remove = useChannelMutation('interview:delete');
  const happened = interviewHappened(request);

  const askDelete = () =>
    confirmDanger({
      title: 'Delete this interview request?',
      text: 'The request and its debrief go to the Trash for 30 days, then they are gone.',
      confirm: 'Delete request',
      onConfirm: () =>
        void (async () => {
          const result = await remove.run({ id: request.id });
          if (!result.ok) return notifyError(result.error, 'The request was not deleted');
          notifyMovedToTrash(api, `The request from ${request.outlet}`, result.value.trashId);
          onBack();
        })(),
    });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{requestTitle(request)}</Title>
          <When request={request} />
        </Stack>
        <Group>
          <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
            All requests
          </Button>
          <Button variant="default" color="red.9" leftSection={<IconTrash size={18} aria-hidden />} onClick={askDelete}>
            Delete
          </Button>
        </Group>
      </Group>
      {happened ? <DebriefForm key={`debrief-${request.id}`} request={request} /> : null}
      <Suggestions request={request} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="prep-card-heading">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3" id="prep-card-heading">
            Prep card
          </Title>
          <Text>One page to take along: your umbrella message, key messages, bridging lines and what you agreed.</Text>
          <PrepCardButton interviewId={request.id} />
        </Stack>
      </Paper>
      {happened ? null : (
        <Text>After the interview, come back here for a short debrief: how it went and how you feel.</Text>
      )}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="checklist-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="checklist-heading">
            The request
          </Title>
          <RequestForm
            key={`form-${request.id}`}
            ambassadorId={request.ambassadorId}
            request={request}
            initial={pickFields(interviewFieldsSchema, request)}
            onSaved={() => undefined}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
