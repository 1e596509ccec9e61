import { Alert, Button, Drawer, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Revision, RevisionReason } from '../../../../shared/features/history/schemas';
import { useApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { formatWhen } from '../comments/format';
import { ScreenLoader } from '../../components/ScreenLoader';
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
  /** Shows a saved version (its snapshot) in a readable form. */
  renderPreview(snapshot: unknown): ReactNode;
  /** Called after a successful restore, so the editor can load the restored version. */
  onRestored(): void | Promise<void>;
  /** A sentence that explains when restoring is not possible (e.g. only drafts can be restored). */
  note?: ReactNode;
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
  const api = useApi();
  const revisions = useRevisions(entityType, opened ? entityId : null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  const preview = async (id: string) => {
    setRefusal(null);
    setLoadingId(id);
    const result = await api['revision:get']({ id });
    setLoadingId(null);
    if (result.ok) setSelected(result.value);
    else setRefusal(result.error.message);
  };

  const restore = async () => {
    if (!selected) return;
    setRestoring(true);
    const result = await api['revision:restore']({ id: selected.id });
    setRestoring(false);
    if (!result.ok) {
      setRefusal(result.error.message);
      return;
    }
    setSelected(null);
    notifySuccess('The earlier version is back. The version it replaced is kept in the history.', 'Version restored');
    await onRestored();
    await revisions.reload();
    onClose();
  };

  const list = revisions.data ?? [];

  return (
    <Drawer
      opened={opened}
      onClose={() => {
        setSelected(null);
        setRefusal(null);
        onClose();
      }}
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
        {revisions.loading && !revisions.data ? <ScreenLoader label="Loading the history…" /> : null}
        {revisions.error ? <Text>{revisions.error.message}</Text> : null}
        {revisions.data && list.length === 0 ? (
          <Text>No earlier versions yet. They appear after your first changes.</Text>
        ) : null}
        {list.length > 0 ? (
          <Stack
            gap={4}
            component="ul"
            aria-label="Saved versions"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {list.map((r) => (
              <li key={r.id}>
                <UnstyledButton
                  onClick={() => void preview(r.id)}
                  aria-pressed={selected?.id === r.id}
                  p="xs"
                  w="100%"
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    border: `1px solid ${selected?.id === r.id ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
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
        ) : null}
        {refusal ? (
          <Alert
            color="orange"
            variant="light"
            title="This version was not restored"
            role="alert"
            styles={{ message: { color: 'var(--mantine-color-text)' } }}
          >
            {refusal}
          </Alert>
        ) : null}
        {selected ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-preview-heading">
            <Stack gap="sm">
              <Title order={3} size="h4" id="history-preview-heading">
                Version from {formatWhen(selected.createdAt)}
              </Title>
              <div data-testid="history-preview">{renderPreview(selected.snapshot)}</div>
              <div>
                <Button onClick={() => void restore()} loading={restoring}>
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
