import { Group, Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLoader2 } from '@tabler/icons-react';
import type { AutosaveState } from './useAutosave';

/** The visible saved state of an autosaving form. It is a live region, so changes are announced politely. */
export function SaveStatus({
  state,
  idleText = 'Changes save by themselves as you type.',
}: {
  state: AutosaveState;
  idleText?: string;
}) {
  let icon = null;
  let text = idleText;
  let color: string | undefined;
  if (state.status === 'pending' || state.status === 'saving') {
    icon = <IconLoader2 size={16} aria-hidden />;
    text = 'Saving…';
  } else if (state.status === 'saved') {
    icon = <IconCheck size={16} aria-hidden />;
    text = 'Saved';
  } else if (state.status === 'error') {
    icon = <IconAlertTriangle size={16} aria-hidden />;
    // Field problems are shown on the fields too; the status line names the first in plain words.
    text = `Not saved: ${state.error?.issues?.[0]?.message ?? state.error?.message ?? 'something went wrong.'}`;
    color = 'var(--mantine-color-error)';
  }
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-status" data-status={state.status}>
      {icon}
      <Text size="sm" fw={500} style={color ? { color } : undefined}>
        {text}
      </Text>
    </Group>
  );
}

/** Under the app's header, so an editor's saved state stays in view while a long form scrolls. */
const PINNED = { position: 'sticky', top: 'calc(var(--app-shell-header-offset, 64px) + 8px)', zIndex: 5 } as const;

/** The saved state of a whole editor, pinned in view at the top of it. */
export function SaveStatusBar({ state }: { state: AutosaveState }) {
  return (
    <Paper withBorder px="md" py="xs" radius="md" style={PINNED}>
      <SaveStatus state={state} />
    </Paper>
  );
}
