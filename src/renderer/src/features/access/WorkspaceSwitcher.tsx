import { Group, NativeSelect } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useStudioActions } from '../../app/actions';
import { useAccess, useWorkspaces } from './queries';
import { useWorkspaceGate } from './WorkspaceGate';

const NEW_AMBASSADOR = '__new__';
const NONE = '';

/**
 * Header control: whose workspace this window shows. Others are listed by their public name only; a protected
 * workspace asks for its PIN. On an ambassador's own laptop it appears only while their workspace is closed (a
 * new window, or after locking), to open it again with their PIN. In a narrow window (`hideLabel`) the words
 * "Current ambassador" give way to an icon; the name stays for screen readers.
 */
export function WorkspaceSwitcher({ hideLabel = false }: { hideLabel?: boolean }) {
  const access = useAccess();
  const { data: workspaces = [] } = useWorkspaces();
  const gate = useWorkspaceGate();
  const { createAmbassador } = useStudioActions();
  const ownLaptop = access.data?.laptopKind === 'own' && !access.isTrainer;
  if (!access.data || (ownLaptop && access.ambassadorId !== null)) return null;
  const currentId = access.ambassadorId;
  const current = workspaces.find((w) => w.ambassadorId === currentId);
  // The owner's laptop takes no second profile (the backend refuses it); a shared one does.
  const canCreate = !ownLaptop || workspaces.length === 0;

  const options = [
    ...(current ? [] : [{ value: NONE, label: workspaces.length ? 'Choose who you are' : 'No ambassador yet' }]),
    ...workspaces.map((w) => ({ value: w.ambassadorId, label: w.protected ? `${w.name} (PIN)` : w.name })),
    ...(canCreate ? [{ value: NEW_AMBASSADOR, label: 'New ambassador…' }] : []),
  ];

  const onChange = (value: string) => {
    if (value === NEW_AMBASSADOR) {
      createAmbassador();
      return;
    }
    if (value === NONE || value === currentId) return;
    void gate.enter(value);
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <NativeSelect
        label={hideLabel ? undefined : 'Current ambassador'}
        aria-label={hideLabel ? 'Current ambassador' : undefined}
        title={hideLabel ? 'Current ambassador' : undefined}
        leftSection={hideLabel ? <IconUser size={16} aria-hidden /> : undefined}
        size="sm"
        data={options}
        value={current ? current.ambassadorId : NONE}
        onChange={(event) => onChange(event.currentTarget.value)}
        styles={{
          root: { display: 'flex', alignItems: 'center', gap: 8 },
          label: { whiteSpace: 'nowrap' },
          wrapper: { minWidth: 160, maxWidth: hideLabel ? 220 : 260 },
        }}
      />
    </Group>
  );
}
