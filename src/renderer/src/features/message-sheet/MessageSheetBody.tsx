import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle, IconQuote } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { EmptyState } from '../../components/EmptyState';
import { Note } from '../../components/Note';
import type { SheetChoices } from '../../../../shared/features/message-sheet/api';
import { PressPackSection } from './PressPackSection';
import { SheetEditor } from './SheetEditor';
import { QueryView } from '../../components/QueryView';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { useAmbassador } from '../ambassadors/queries';
import { useCohorts } from '../cohorts/queries';
import { useCurrentAmbassadorId } from '../access/queries';
import { useSettings } from '../settings/queries';
import { useSheetChoices } from './queries';
import { useAccess } from '../access/queries';

/** Why no sheet can be made yet, with the way to each missing piece. */
function NotReady({ choices }: { choices: SheetChoices }) {
  const { navigate } = useNavigation();
  const needsHouse = choices.defaultHouseId === null;
  const needsQuote = choices.approvedQuotes.length === 0;
  return (
    <Paper withBorder p="xl" radius="md" component="section" aria-labelledby="sheet-not-ready-heading">
      <Stack gap="sm" align="flex-start" maw={680}>
        <Title order={2} size="h3" id="sheet-not-ready-heading">
          Your sheet is not ready yet
        </Title>
        <Text>A message sheet needs your main Message House and at least one quote your trainer has approved.</Text>
        <List spacing={4}>
          {choices.blockers.map((blocker) => (
            <List.Item key={blocker}>{blocker}</List.Item>
          ))}
        </List>
        <Group gap="sm">
          {needsHouse ? (
            <Button leftSection={<IconMessageCircle size={18} aria-hidden />} onClick={() => navigate('key-messages')}>
              Go to Key messages
            </Button>
          ) : null}
          {needsQuote ? (
            <Button
              variant={needsHouse ? 'default' : 'filled'}
              leftSection={<IconQuote size={18} aria-hidden />}
              onClick={() => navigate('press-quotes')}
            >
              Go to Press quotes
            </Button>
          ) : null}
        </Group>
        {needsHouse ? (
          <Text size="sm" c="dimmed">
            Your first Message House is your main one. If you have several, mark one as main on the Key messages screen.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function SheetWorkspace({ ambassadorId }: { ambassadorId: string }) {
  const choices = useSheetChoices(ambassadorId);
  return (
    <QueryView query={choices} loadingLabel="Loading your choices…" errorTitle="Your sheet could not be opened">
      {(data) =>
        data.ready ? <SheetEditor ambassadorId={ambassadorId} choices={data} /> : <NotReady choices={data} />
      }
    </QueryView>
  );
}

/** The Message sheet screen below its heading: the current ambassador's sheet, then the cohort press pack. */
export default function MessageSheetBody() {
  const { settings } = useSettings();
  const currentAmbassadorId = useCurrentAmbassadorId();
  const { isTrainer } = useAccess();
  const ambassadorId = currentAmbassadorId;
  const ambassador = useAmbassador(ambassadorId);
  const cohorts = useCohorts(false);
  const cohortId = settings?.currentCohortId ?? ambassador.data?.cohortId ?? null;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;

  return (
    <Stack gap="xl">
      {ambassadorId ? (
        // A fresh editor per ambassador: nothing chosen for one person is ever shown for another.
        <SheetWorkspace key={ambassadorId} ambassadorId={ambassadorId} />
      ) : (
        <NoAmbassadorChosen />
      )}

      {isTrainer ? (
        cohort ? (
          <PressPackSection key={cohort.id} cohort={cohort} />
        ) : (
          <EmptyState title="Press pack">Choose a cohort on the Trainer screen to make its press pack.</EmptyState>
        )
      ) : (
        <Note title="Press pack">
          Your trainer can put the sheets of the whole group into one press pack. It is made in trainer mode.
        </Note>
      )}
    </Stack>
  );
}
