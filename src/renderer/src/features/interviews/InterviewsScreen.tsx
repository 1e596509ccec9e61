import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { EmptyState } from '../../components/EmptyState';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useCurrentAmbassadorId } from '../access/queries';
import { emptyRequest } from './empty-request';
import { takeInterviewIntent } from './intent';
import { useInterview, useInterviews } from './queries';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'open'; id: string };

function NoRequests({ onNew }: { onNew(): void }) {
  return (
    <EmptyState
      title="No interview requests yet"
      action={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onNew}>
          Record a request
        </Button>
      }
    >
      When a journalist calls, you do not have to say yes on the phone. Ask for their name, the outlet, the story and
      their deadline, say you will call back, and record it here. The app then helps you decide what to agree, suggests
      questions to rehearse and prints a prep card.
    </EmptyState>
  );
}

function Opened({ id, onBack }: { id: string; onBack(): void }) {
  const query = useInterview(id);
  return (
    <QueryView query={query} loadingLabel="Opening the request…" errorTitle="This request could not be opened">
      {(request) => <RequestDetail request={request} onBack={onBack} />}
    </QueryView>
  );
}

/**
 * Real interview requests: record one, prepare for it, and debrief afterwards. Choosing "Interviews" in the
 * navigation again goes back to the list (each navigation starts the screen afresh).
 */
export function InterviewsScreen() {
  const { navigationCount } = useNavigation();
  return <Interviews key={navigationCount} />;
}

function Interviews() {
  const ambassadorId = useCurrentAmbassadorId();
  const list = useInterviews(ambassadorId);
  const [view, setView] = useState<View>(() => {
    const id = takeInterviewIntent();
    return id ? { kind: 'open', id } : { kind: 'list' };
  });
  const back = () => setView({ kind: 'list' });

  const body = () => {
    if (!ambassadorId) return <NoAmbassadorChosen />;
    if (view.kind === 'open') return <Opened id={view.id} onBack={back} />;
    if (view.kind === 'new') {
      return (
        <Stack gap="md" maw={960}>
          <Group justify="space-between">
            <Title order={2}>New interview request</Title>
            <Button variant="default" onClick={back}>
              Cancel
            </Button>
          </Group>
          <RequestForm
            ambassadorId={ambassadorId}
            initial={emptyRequest()}
            onSaved={(request) => setView({ kind: 'open', id: request.id })}
          />
        </Stack>
      );
    }
    return (
      <QueryView
        query={list}
        loadingLabel="Loading your interview requests…"
        isEmpty={(requests) => requests.length === 0}
        empty={<NoRequests onNew={() => setView({ kind: 'new' })} />}
      >
        {(requests) => (
          <Stack gap="md" maw={960}>
            <Group>
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setView({ kind: 'new' })}>
                Record a request
              </Button>
            </Group>
            <RequestList requests={requests} onOpen={(id) => setView({ kind: 'open', id })} />
          </Stack>
        )}
      </QueryView>
    );
  };

  return (
    <>
      <PageHeader
        title="Interviews"
        intro="A journalist asked you for an interview? Record it here: what to ask them, what to agree before you say yes, the questions to rehearse, and a debrief afterwards."
      />
      {body()}
    </>
  );
}
