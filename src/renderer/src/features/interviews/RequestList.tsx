import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { InterviewRequest } from '../../../../shared/features/interviews/schemas';
import { countdown, formatDay, formatName, interviewHappened, localToday } from './labels';
import { requestTitle } from './RequestDetail';

function Status({ request, today }: { request: InterviewRequest; today: string }) {
  if (!request.interviewDate)
    return (
      <Badge variant="default" tt="none">
        No date yet
      </Badge>
    );
  if (!interviewHappened(request, today))
    return (
      <Badge color="indigo.9" autoContrast tt="none">
        {countdown(request.interviewDate, today)}
      </Badge>
    );
  return request.debrief ? (
    <Badge color="teal.9" autoContrast tt="none">
      Debrief filed
    </Badge>
  ) : (
    <Badge color="orange.9" autoContrast tt="none">
      Debrief to do
    </Badge>
  );
}

/** The ambassador's requests, in the backend's order: the soonest interview first, past ones last. */
export function RequestList({ requests, onOpen }: { requests: InterviewRequest[]; onOpen(id: string): void }) {
  const today = localToday();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Interview requests">
      {requests.map((r) => (
        <Paper key={r.id} component="li" withBorder p="md" radius="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h4">
                {requestTitle(r)}
              </Title>
              <Text size="sm">
                {formatName(r.format)}
                {r.interviewDate ? ` · ${formatDay(r.interviewDate)}` : ''}
              </Text>
            </Stack>
            <Group gap="sm">
              <Status request={r} today={today} />
              <Button variant="default" onClick={() => onOpen(r.id)} aria-label={`Open ${requestTitle(r)}`}>
                Open
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
