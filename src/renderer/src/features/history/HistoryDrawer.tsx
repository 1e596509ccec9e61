import { Button, Drawer, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { RevisionReason, RevisionSummary } from '../../../../shared/features/history/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { FailureAlert } from '../../components/FailureAlert';
import { notifySuccess } from '../../components/notify';
import { QueryView } from '../../components/QueryView';
import { formatWhen } from '../comments/format';
import { useRevisions } from './queries';

const REASONS: Record<RevisionReason, string> = {
  edit: 'Before later edits',
  status: 'Before a status change',
  restore: 'Before a restore',
  archive: 'Before it was deleted',
};

export interface HistoryDrawerProps {
  entityType: 'house' | 'quote';
  entityId: string;
  opened: boolean;
  onClose(): void;
  /** Shows a saved version (its snapshot) in a readable form; null when it is in a format this app cannot read. */
  renderPreview(snapshot: unknown): ReactNode;
  /** Called after a successful restore, so the editor can load the restored version. */
  onRestored(): void | Promise<void>;
  /** A sentence that explains when restoring is not possible (e.g. only drafts can be restored). */
  note?: ReactNode;
}

function RevisionList({
  revisions,
  selectedId,
  loadingId,
  onSelect,
}: {
  revisions: RevisionSummary[];
  selectedId: string | null;
  /** The version whose preview is on its way. */
  loadingId: string | null;
  onSelect(id: string): void;
}) {
  return (
    <Stack gap={4} component="ul" aria-label="Saved versions" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {revisions.map((r) => (
        <li key={r.id}>
          <UnstyledButton
            onClick={() => onSelect(r.id)}
            aria-pressed={selectedId === r.id}
            p="xs"
            w="100%"
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: `1px solid ${selectedId === r.id ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
            }}
          >
            <Text size="sm" fw={600} span>
              {formatWhen(r.createdAt)}
            </Text>{' '}
            <Text size="sm" span>
              {REASONS[r.reason]}
            </Text>
            {loadingId === r.id ? <Loader size="xs" ml="xs" aria-hidden /> : null}
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}

/**
 * The history of a house or quote: saved versions (a copy is kept before the first edit in any 10 minutes and
 * before every status change), a preview of each, and "Restore this version". When the backend refuses a restore
 * its message is shown as it is, because it says why.
 */
export function HistoryDrawer({
  entityType,
  entityId,
  opened,
  onClose,
  renderPreview,
  onRestored,
  note,
}: HistoryDrawerProps) {
  const revisions = useRevisions(entityType, opened ? entityId : null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useChannelQuery('revision:get', selectedId ? { id: selectedId } : null);
  const restore = useChannelMutation('revision:restore');
  // Kept apart from restore.error: it belongs to the version it was said about and goes when another is chosen.
  const [refusal, setRefusal] = useState<string | null>(null);
  const problem = refusal ?? selected.error?.message ?? null;
  const version = selected.data;

  const select = (id: string) => {
    setRefusal(null);
    setSelectedId(id);
  };

  const close = () => {
    setSelectedId(null);
    setRefusal(null);
    onClose();
  };

  const restoreSelected = async () => {
    if (!version) return;
    const result = await restore.run({ id: version.id });
    if (!result.ok) {
      setRefusal(result.error.message);
      return;
    }
    setSelectedId(null);
    notifySuccess('The earlier version is back. The version it replaced is kept in the history.', 'Version restored');
    // The list is already current: a restore refreshes everything that reads revisions before it resolves.
    await onRestored();
    onClose();
  };

  return (
    <Drawer
      opened={opened}
      onClose={close}
      title="History"
      position="right"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close history' }}
    >
      <Stack gap="md">
        <Text size="sm">
          A copy is kept before your first change in any 10 minutes, and before every status change. Choose a version to
          see it.
        </Text>
        {note ? <Text size="sm">{note}</Text> : null}
        <QueryView
          query={revisions}
          loadingLabel="Loading the history…"
          errorTitle="The history could not be loaded"
          isEmpty={(list) => list.length === 0}
          empty={<Text>No earlier versions yet. They appear after your first changes.</Text>}
        >
          {(list) => (
            <RevisionList
              revisions={list}
              selectedId={selectedId}
              loadingId={selected.loading ? selectedId : null}
              onSelect={select}
            />
          )}
        </QueryView>
        {problem ? <FailureAlert tone="refusal" title="This version was not restored" message={problem} /> : null}
        {version ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-preview-heading">
            <Stack gap="sm">
              <Title order={3} size="h4" id="history-preview-heading">
                Version from {formatWhen(version.createdAt)}
              </Title>
              <div data-testid="history-preview">
                {renderPreview(version.snapshot) ?? (
                  <Text>This version is in an older format and cannot be shown.</Text>
                )}
              </div>
              <div>
                <Button onClick={() => void restoreSelected()} loading={restore.busy}>
                  Restore this version
                </Button>
              </div>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </Drawer>
  );
}
