import { Modal, Text } from '@mantine/core';
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Ambassador } from '../../../shared/features/ambassadors/schemas';
import { AmbassadorCreateForm } from '../components/AmbassadorCreateForm';
import { useNavigation } from './navigation';
import { useWorkspaceGate } from '../features/access/WorkspaceGate';

interface StudioActions {
  /** Opens the short "new ambassador" form; the new profile becomes current and opens. */
  createAmbassador(options?: { cohortId?: string | null }): void;
  /** Makes an ambassador current and opens their profile. */
  openProfile(ambassadorId: string): Promise<void>;
}

const ActionsContext = createContext<StudioActions | null>(null);

export function StudioActionsProvider({ children }: { children: ReactNode }) {
  const gate = useWorkspaceGate();
  const { navigate } = useNavigation();
  const [creating, setCreating] = useState<{ cohortId: string | null } | null>(null);

  const openProfile = useCallback(
    async (ambassadorId: string) => {
      if (await gate.enter(ambassadorId)) navigate('profile');
    },
    [gate, navigate],
  );

  const onCreated = useCallback(
    async (ambassador: Ambassador) => {
      setCreating(null);
      await openProfile(ambassador.id);
    },
    [openProfile],
  );

  const value = useMemo<StudioActions>(
    () => ({ createAmbassador: (options) => setCreating({ cohortId: options?.cohortId ?? null }), openProfile }),
    [openProfile],
  );

  return (
    <ActionsContext value={value}>
      {children}
      <Modal
        opened={creating !== null}
        closeButtonProps={{ 'aria-label': 'Close' }}
        onClose={() => setCreating(null)}
        title="New ambassador profile"
        size="lg"
      >
        <Text mb="md">
          Start with a first name. Everything else can be added on the profile page, at your own pace.
        </Text>
        {creating ? (
          <AmbassadorCreateForm submitLabel="Create profile" cohortId={creating.cohortId} onCreated={onCreated} />
        ) : null}
      </Modal>
    </ActionsContext>
  );
}

export function useStudioActions(): StudioActions {
  const value = use(ActionsContext);
  if (!value) throw new Error('useStudioActions must be used inside <StudioActionsProvider>');
  return value;
}
