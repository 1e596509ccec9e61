import { Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
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
    <Stack gap="xs" component="section" aria-labelledby="return-feedback-heading">
      <Title order={3} size="h4" id="return-feedback-heading">
        Return feedback
      </Title>
      <Text size="sm" maw={720}>
        Comments, approvals, question sets, language rules and the cohort’s details go back to each ambassador’s own
        laptop. Each ambassador gets their own file, so nobody receives someone else’s work.
      </Text>
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
      <ActionRow label="Return feedback" onClick={() => void run()} busy={feedback.busy} reason={reason} />
      <ExportStatusLine
        status={status}
        busy={feedback.busy}
        failedTitle="No feedback was written"
        testId="feedback-status"
      />
    </Stack>
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
    <Stack gap="xs" component="section" aria-labelledby="cohort-copy-heading">
      <Title order={3} size="h4" id="cohort-copy-heading">
        Cohort bundle for a second trainer laptop
      </Title>
      <Text size="sm" maw={720}>
        Everything about {cohort.name}: every ambassador’s profile and work, comments, approvals and practice. The other
        trainer imports it with the same passphrase.
      </Text>
      <Checkbox
        label="Include recordings"
        description="Recordings of interview practice make the file much larger."
        checked={includeRecordings}
        onChange={(event) => setIncludeRecordings(event.currentTarget.checked)}
        disabled={reason !== null}
      />
      <ActionRow label="Write cohort bundle" onClick={() => void run()} busy={copy.busy} reason={reason} />
      <ExportStatusLine
        status={status}
        busy={copy.busy}
        failedTitle="The cohort bundle was not written"
        testId="cohort-copy-status"
      />
    </Stack>
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
    <Stack gap="xs" component="section" aria-labelledby="move-laptop-heading">
      <Title order={3} size="h4" id="move-laptop-heading">
        Move to a new laptop
      </Title>
      <Text size="sm" maw={720}>
        Everything on this laptop, recordings included, in one encrypted file. On the new laptop, import it with the
        same passphrase.
      </Text>
      <ActionRow label="Write everything to one file" onClick={() => void run()} busy={move.busy} reason={reason} />
      <ExportStatusLine
        status={status}
        busy={move.busy}
        failedTitle="Nothing was written"
        testId="move-laptop-status"
      />
    </Stack>
  );
}
