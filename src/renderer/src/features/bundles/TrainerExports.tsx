import { Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useCohortAmbassadors } from '../ambassadors/queries';
import { ExportStatusLine, useExportStatus } from './ExportStatus';

/** A button that may not be usable yet, with the reason beside it instead of a silent grey button. */
export function ActionRow({
  label,
  onClick,
  busy,
  reason,
}: {
  label: string;
  onClick: () => void;
  busy: boolean;
  reason: string | null;
}) {
  return (
    <Group gap="sm">
      <Button
        variant="default"
        leftSection={<IconFileExport size={18} aria-hidden />}
        onClick={onClick}
        loading={busy}
        disabled={reason !== null}
      >
        {label}
      </Button>
      {reason ? (
        <Text size="sm" c="dimmed">
          {reason}
        </Text>
      ) : null}
    </Group>
  );
}

/** One export on the Trainer screen: its heading, what it writes, its controls, the button and how it went. */
function ExportSection({
  id,
  title,
  description,
  children,
  action,
  onRun,
  busy,
  reason,
  status,
  failedTitle,
  statusTestId,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children?: ReactNode;
  action: string;
  onRun: () => void;
  busy: boolean;
  reason: string | null;
  status: ReturnType<typeof useExportStatus>;
  failedTitle: string;
  statusTestId: string;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={3} size="h4" id={`${id}-heading`}>
        {title}
      </Title>
      <Text size="sm" maw={720}>
        {description}
      </Text>
      {children}
      <ActionRow label={action} onClick={onRun} busy={busy} reason={reason} />
      <ExportStatusLine status={status} busy={busy} failedTitle={failedTitle} testId={statusTestId} />
    </Stack>
  );
}

const WHOLE_COHORT = '';

/** "Return feedback": comments, approvals, question sets, language rules and cohort details, per ambassador. */
export function ReturnFeedback({
  cohort,
  passphrase,
  reason,
}: {
  cohort: Cohort;
  passphrase: string;
  reason: string | null;
}) {
  const ambassadors = useCohortAmbassadors(cohort.id);
  const [ambassadorId, setAmbassadorId] = useState(WHOLE_COHORT);
  const feedback = useChannelMutation('bundle:exportFeedback');
  const status = useExportStatus();
  const run = async () => {
    status.clear();
    status.finish(await feedback.run({ cohortId: cohort.id, passphrase, ...(ambassadorId ? { ambassadorId } : {}) }));
  };
  const people = (ambassadors.data ?? []).filter((a) => a.archivedAt === null);
  return (
    <ExportSection
      id="return-feedback"
      title="Return feedback"
      description={
        <>
          Comments, approvals, your ratings and comments on their hot-seat answers, question sets, language rules and
          the cohort’s details go back to each ambassador’s own laptop. Each ambassador gets their own file, so nobody
          receives someone else’s work.
        </>
      }
      action="Return feedback"
      onRun={() => void run()}
      busy={feedback.busy}
      reason={reason}
      status={status}
      failedTitle="No feedback was written"
      statusTestId="feedback-status"
    >
      <NativeSelect
        label="Who gets feedback"
        value={ambassadorId}
        onChange={(event) => setAmbassadorId(event.currentTarget.value)}
        data={[
          { value: WHOLE_COHORT, label: `Everyone in ${cohort.name} (one file each)` },
          ...people.map((a) => ({ value: a.id, label: a.displayName })),
        ]}
        maw={420}
        disabled={reason !== null}
      />
    </ExportSection>
  );
}

/** A whole cohort for a second trainer laptop. */
export function CohortCopy({
  cohort,
  passphrase,
  reason,
}: {
  cohort: Cohort;
  passphrase: string;
  reason: string | null;
}) {
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const copy = useChannelMutation('bundle:exportCohort');
  const status = useExportStatus();
  const run = async () => {
    status.clear();
    status.finish(await copy.run({ cohortId: cohort.id, includeRecordings, passphrase }));
  };
  return (
    <ExportSection
      id="cohort-copy"
      title="Cohort bundle for a second trainer laptop"
      description={
        <>
          Everything about {cohort.name}: every ambassador’s profile and work, comments, approvals and practice. The
          other trainer imports it with the same passphrase.
        </>
      }
      action="Write cohort bundle"
      onRun={() => void run()}
      busy={copy.busy}
      reason={reason}
      status={status}
      failedTitle="The cohort bundle was not written"
      statusTestId="cohort-copy-status"
    >
      <Checkbox
        label="Include recordings"
        description="Recordings of interview practice make the file much larger."
        checked={includeRecordings}
        onChange={(event) => setIncludeRecordings(event.currentTarget.checked)}
        disabled={reason !== null}
      />
    </ExportSection>
  );
}

/** "Move to a new laptop": everything on this one, recordings included, in one encrypted file. */
export function MoveLaptop({ passphrase, reason }: { passphrase: string; reason: string | null }) {
  const move = useChannelMutation('bundle:exportEverything');
  const status = useExportStatus();
  const run = async () => {
    status.clear();
    status.finish(await move.run({ passphrase }));
  };
  return (
    <ExportSection
      id="move-laptop"
      title="Move to a new laptop"
      description={
        <>
          Everything on this laptop, recordings included, in one encrypted file. On the new laptop, import it with the
          same passphrase.
        </>
      }
      action="Write everything to one file"
      onRun={() => void run()}
      busy={move.busy}
      reason={reason}
      status={status}
      failedTitle="Nothing was written"
      statusTestId="move-laptop-status"
    />
  );
}
