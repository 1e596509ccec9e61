import { useCallback } from 'react';
import { useNavigation } from './navigation';
import { openItem, type OpenItemKind } from './open-item';
import { useCurrentAmbassadorId } from '../features/access/queries';
import { useWorkspaceGate } from '../features/access/WorkspaceGate';

/** Opens a house or quote from anywhere (review queue, search): its ambassador becomes current, its screen opens. */
export function useOpenWork(): (ambassadorId: string, kind: OpenItemKind, id: string | null) => Promise<void> {
  const gate = useWorkspaceGate();
  const { navigate } = useNavigation();
  const currentId = useCurrentAmbassadorId();
  return useCallback(
    async (ambassadorId, kind, id) => {
      if (ambassadorId !== currentId && !(await gate.enter(ambassadorId))) return;
      if (id) openItem(kind, ambassadorId, id);
      navigate(kind === 'quote' ? 'press-quotes' : 'key-messages');
    },
    [currentId, gate, navigate],
  );
}
