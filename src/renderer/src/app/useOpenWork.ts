import { useCallback } from 'react';
import { notifyError } from '../components/notify';
import { useNavigation } from './navigation';
import { openItem, type OpenItemKind } from './open-item';
import { useSettings } from '../features/settings/queries';

/** Opens a house or quote from anywhere (review queue, search): its ambassador becomes current, its screen opens. */
export function useOpenWork(): (ambassadorId: string, kind: OpenItemKind, id: string | null) => Promise<void> {
  const { settings, update } = useSettings();
  const { navigate } = useNavigation();
  const currentId = settings?.currentAmbassadorId ?? null;
  return useCallback(
    async (ambassadorId, kind, id) => {
      if (ambassadorId !== currentId) {
        const switched = await update({ currentAmbassadorId: ambassadorId });
        if (!switched.ok) {
          notifyError(switched.error, 'Could not switch to that ambassador');
          return;
        }
      }
      if (id) openItem(kind, ambassadorId, id);
      navigate(kind === 'quote' ? 'press-quotes' : 'key-messages');
    },
    [currentId, update, navigate],
  );
}
