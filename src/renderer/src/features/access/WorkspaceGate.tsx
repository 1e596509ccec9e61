import { Text } from '@mantine/core';
import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiProvider';
import { notifyError } from '../../components/notify';
import { useWorkspaces } from './queries';
import { SecretField } from './SecretField';
import { SecretFormModal } from './SecretFormModal';
import { useSecretForm } from './useSecretForm';

interface WorkspaceGate {
  /**
   * Opens an ambassador's workspace in this window. A protected one asks for its PIN first. Resolves to true
   * when it is open, false when the person cancelled or it was refused (with the reason shown).
   */
  enter(ambassadorId: string): Promise<boolean>;
}

const GateContext = createContext<WorkspaceGate | null>(null);

/** One PIN dialog for every place that opens a workspace (switcher, review queue, search, trainer screen). */
export function WorkspaceGateProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const workspaces = useWorkspaces();
  const [asking, setAsking] = useState<string | null>(null);
  // The caller waiting for the dialog's answer. A ref, so a second request settles the first instead of losing it.
  const waiting = useRef<((entered: boolean) => void) | null>(null);

  const settle = useCallback((entered: boolean) => {
    waiting.current?.(entered);
    waiting.current = null;
  }, []);

  const secretForm = useSecretForm({
    initialValues: { pin: '' },
    validate: ({ pin }) => (pin ? {} : { pin: 'Type the PIN of this workspace.' }),
    send: ({ pin }) => api['access:enter']({ ambassadorId: asking ?? '', pin }),
    refused: { field: 'pin', clear: true },
    onSent: () => {
      setAsking(null);
      settle(true);
    },
  });

  const known = workspaces.data;
  /** Whether the workspace has a PIN; asked of the backend if the list has not arrived yet. */
  const isProtected = useCallback(
    async (ambassadorId: string): Promise<boolean> => {
      let list = known;
      if (!list) {
        const asked = await api['access:workspaces']({});
        list = asked.ok ? asked.value : [];
      }
      return list.some((w) => w.ambassadorId === ambassadorId && w.protected);
    },
    [api, known],
  );

  const enter = useCallback(
    async (ambassadorId: string): Promise<boolean> => {
      // Tried without a PIN first: a trainer opens any workspace, and one's own stays open in this window.
      const result = await api['access:enter']({ ambassadorId });
      if (result.ok) return true;
      if (result.error.code === 'FORBIDDEN' && (await isProtected(ambassadorId))) {
        settle(false);
        setAsking(ambassadorId);
        return new Promise<boolean>((resolve) => {
          waiting.current = resolve;
        });
      }
      notifyError(result.error, 'That workspace was not opened');
      return false;
    },
    [api, isProtected, settle],
  );

  const cancel = () => {
    setAsking(null);
    settle(false);
  };

  const name = workspaces.data?.find((w) => w.ambassadorId === asking)?.name ?? 'this ambassador';
  const value = useMemo(() => ({ enter }), [enter]);
  return (
    <GateContext value={value}>
      {children}
      <SecretFormModal
        opened={asking !== null}
        title={`Open ${name}’s workspace`}
        onClose={cancel}
        secretForm={secretForm}
        submitLabel="Open"
      >
        <Text>{name} protects their work with a PIN. Type it to open their workspace in this window.</Text>
        <SecretField label="Workspace PIN" input={secretForm.form.getInputProps('pin')} autoFocus />
      </SecretFormModal>
    </GateContext>
  );
}

export function useWorkspaceGate(): WorkspaceGate {
  const gate = use(GateContext);
  if (!gate) throw new Error('useWorkspaceGate must be used inside <WorkspaceGateProvider>');
  return gate;
}
