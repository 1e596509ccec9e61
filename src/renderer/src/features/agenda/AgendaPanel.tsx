import { Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Agenda, AgendaBlock, BlockFields } from '../../../../shared/features/agenda/schemas';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { confirmDanger } from '../../components/confirmDanger';
import { QueryView } from '../../components/QueryView';
import { useAccess } from '../access/queries';
import { TrainerOnlyNote } from '../trainer/TrainerOnlyNote';
import type { BlockActions } from './AgendaBlockRow';
import { AgendaDays } from './AgendaDays';
import { AgendaPrint } from './AgendaPrint';
import { BlockForm } from './BlockForm';
import { NowNextCard } from './NowNextCard';
import { useAgenda } from './queries';
import { useAgendaStageSender } from './stage/useAgendaStageSender';
import { useAgendaEdits } from './useAgendaEdits';
import { useNowNext, type AgendaClock } from './useNowNext';

type Editing = { kind: 'add' } | { kind: 'edit'; block: AgendaBlock } | null;

const NEW_BLOCK: BlockFields = {
  day: 1,
  startMinute: 9 * 60,
  durationMinutes: 30,
  title: '',
  exercise: null,
  notes: '',
};

interface AgendaContentProps {
  agenda: Agenda;
  clock: AgendaClock;
  isTrainer: boolean;
  reload(): Promise<void>;
  openStage(): void;
}

function AgendaContent({ agenda, clock, isTrainer, reload, openStage }: AgendaContentProps) {
  const edits = useAgendaEdits(agenda, reload);
  const [editing, setEditing] = useState<Editing>(null);
  const [startDate, setStartDate] = useState(agenda.startDate);

  const save = async (fields: BlockFields) => {
    const done = editing?.kind === 'edit' ? await edits.update(editing.block.id, fields) : await edits.add(fields);
    if (done) setEditing(null);
  };

  const { setDay, start } = clock;
  // Stable between clock ticks, so the memoised block list redraws only when the agenda or what is on changes.
  const actions = useMemo<BlockActions | null>(
    () =>
      isTrainer
        ? {
            edit: (block) => setEditing({ kind: 'edit', block }),
            move: (block, direction) => void edits.move(block.id, direction),
            start: (block) => {
              setDay(block.day);
              start(block.id);
            },
            remove: (block) =>
              confirmDanger({
                title: `Remove “${block.title}”?`,
                text: 'The block and its facilitator notes are taken off this cohort’s agenda.',
                confirm: 'Remove',
                onConfirm: () => void edits.remove(block.id),
              }),
          }
        : null,
    [isTrainer, edits, setDay, start],
  );

  const commitDate = () => {
    if (startDate !== agenda.startDate) void edits.setStartDate(startDate);
  };

  return (
    <Stack gap="md">
      {isTrainer ? null : (
        <TrainerOnlyNote>Only a trainer can change the agenda. Facilitator notes show in trainer mode.</TrainerOnlyNote>
      )}
      <NowNextCard clock={clock} showNotes={isTrainer} openStage={openStage} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Date of day 1"
          description="Sets which day the projector view follows."
          type="date"
          value={startDate}
          readOnly={!isTrainer}
          onChange={(e) => setStartDate(e.currentTarget.value)}
          onBlur={commitDate}
        />
      </Group>
      <AgendaDays agenda={agenda} currentId={clock.now?.id ?? null} actions={actions} busy={edits.busy} />
      {isTrainer ? (
        <Group gap="sm">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ kind: 'add' })}>
            Add block
          </Button>
          <Button
            variant="default"
            leftSection={<IconRestore size={18} aria-hidden />}
            onClick={() =>
              confirmDanger({
                title: 'Start again from the template?',
                text: 'Every block of this agenda is replaced by the two-day template, with its own notes.',
                confirm: 'Replace the agenda',
                onConfirm: () => void edits.reset(),
              })
            }
          >
            Start again from the template
          </Button>
        </Group>
      ) : null}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={editing?.kind === 'edit' ? 'Edit block' : 'Add block'}
        size="lg"
      >
        {editing ? (
          <BlockForm
            initial={editing.kind === 'edit' ? editing.block : NEW_BLOCK}
            submitLabel={editing.kind === 'edit' ? 'Save block' : 'Add block'}
            busy={edits.busy}
            onSubmit={(fields) => void save(fields)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/**
 * A cohort's residential agenda on the Trainer screen: the two days block by block, what is on now and next
 * (and the projector view of it), printing, and, for trainers, every change and the facilitator notes.
 */
function CohortAgenda({ cohort }: { cohort: Cohort }) {
  const access = useAccess();
  const query = useAgenda(cohort.id);
  const clock = useNowNext(cohort.id, query.data);
  const { openStage } = useAgendaStageSender(clock.snapshot);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="agenda-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} id="agenda-heading">
              Agenda
            </Title>
            <Text size="sm" c="dimmed">
              The two days of {cohort.name}, with times, the exercise each session uses and what to show on the
              projector.
            </Text>
          </Stack>
          <AgendaPrint cohortId={cohort.id} isTrainer={access.isTrainer} />
        </Group>
        <QueryView query={query} loadingLabel="Loading the agenda…" errorTitle="The agenda could not be loaded">
          {(agenda) => (
            <AgendaContent
              key={`${agenda.cohortId}:${agenda.startDate}`}
              agenda={agenda}
              clock={clock}
              isTrainer={access.isTrainer && !agenda.notesHidden}
              reload={query.reload}
              openStage={openStage}
            />
          )}
        </QueryView>
      </Stack>
    </Card>
  );
}

/** Keyed by cohort: another cohort starts with its own clock choices, not the last one's. */
export function AgendaPanel({ cohort }: { cohort: Cohort }) {
  return <CohortAgenda key={cohort.id} cohort={cohort} />;
}
