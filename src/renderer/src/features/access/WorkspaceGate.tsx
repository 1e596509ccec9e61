import { Text } from '@mantine/core';
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiProvider';
import { notifyError } from '../../components/notify';
import { SecretField } from './SecretField';
import { SecretFormModal } from './SecretFormModal';
import { useWorkspaces } from './queries';

interface WorkspaceGate {
  /**
   * Opens an ambassador's workspace in this window. A protected one asks for its PIN first. Resolves to true
   * when it is open, false when the person cancelled or it was refused (with the reason shown).
   */
  enter(ambassadorId: string): Promise<boolean>;
}

const GateContext = createContext<WorkspaceGate | null>(null);

interface Asking {
  ambassadorId: string;
  resolve(entered: boolean): void;
}

/** One PIN dialog for every place that opens a workspace (switcher, review queue, search, trainer screen). */
export function WorkspaceGateProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const workspaces = useWorkspaces();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const enter = useCallback(
    async (ambassadorId: string): Promise<boolean> => {
      const result = await api['access:enter']({ ambassadorId });
      if (result.ok) return true;
      const needsPin = workspaces.data?.find((w) => w.ambassadorId === ambassadorId)?.protected ?? false;
      if (result.error.code === 'FORBIDDEN' && needsPin) {
        return new Promise<boolean>((resolve) => setAsking({ ambassadorId, resolve }));
      }
      notifyError(result.error, 'That workspace was not opened');
      return false;
    },
    [api, workspaces.data],
  );

  const finish = (entered: boolean) => {
    asking?.resolve(entered);
    setAsking(null);
    setPin('');
    setError(undefined);
  };

  const submit = async () => {
    if (!asking) return;
    if (!pin) {
      setError('Type the PIN of this workspace.');
      return;
    }
    setBusy(true);
    const result = await api['access:enter']({ ambassadorId: asking.ambassadorId, pin });
    setBusy(false);
    setPin('');
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    finish(true);
  };

  const name = workspaces.data?.find((w) => w.ambassadorId === asking?.ambassadorId)?.name ?? 'this ambassador';
  const value = useMemo(() => ({ enter }), [enter]);
  return (
    <GateContext value={value}>
      {children}
      <SecretFormModal
        opened={asking !== null}
        title={`Open ${name}’s workspace`}
        onClose={() => finish(false)}
        onSubmit={submit}
        busy={busy}
        submitLabel="Open"
      >
        <Text>{name} protects their work with a PIN. Type it to open their workspace in this window.</Text>
        <SecretField
          label="Workspace PIN"
          value={pin}
          onChange={(next) => {
            setPin(next);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
      </SecretFormModal>
    </GateContext>
  );
}

export function useWorkspaceGate(): WorkspaceGate {
  const gate = use(GateContext);
  if (!gate) throw new Error('useWorkspaceGate must be used inside <WorkspaceGateProvider>');
  return gate;
}
