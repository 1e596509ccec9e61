import { useCallback } from 'react';
import { useNavigation } from '../../../app/navigation';
import type { ScreenId } from '../../../app/screens';
import { useCurrentAmbassadorId } from '../../access/queries';
import { useWorkspaceGate } from '../../access/WorkspaceGate';

/**
 * Opens one of an ambassador's screens from the overview (profile, interview practice, message sheet): their
 * workspace opens in this window first (with its PIN when it has one), as the review queue's "Open" does.
 */
export function useOpenAmbassadorScreen(): (ambassadorId: string, screen: ScreenId) => Promise<void> {
  const gate = useWorkspaceGate();
  const { navigate } = useNavigation();
  const currentId = useCurrentAmbassadorId();
  return useCallback(
    async (ambassadorId, screen) => {
      if (ambassadorId !== currentId && !(await gate.enter(ambassadorId))) return;
      navigate(screen);
    },
    [currentId, gate, navigate],
  );
}
