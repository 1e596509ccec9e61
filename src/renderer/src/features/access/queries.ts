import type { AccessState, WorkspaceEntry } from '../../../../shared/features/access/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export interface AccessQuery extends ChannelQuery<AccessState> {
  /** Trainer mode is unlocked in this window. */
  isTrainer: boolean;
  /** The workspace open in this window, or null. */
  ambassadorId: string | null;
}

/**
 * Who this window is, as the backend says: its workspace and its trainer mode. The screens offer what this
 * allows and explain the rest; the backend decides every call itself.
 */
export function useAccess(): AccessQuery {
  const query = useChannelQuery('access:state', {});
  return { ...query, isTrainer: query.data?.trainer != null, ambassadorId: query.data?.ambassadorId ?? null };
}

/** The ambassador whose work this window shows, or null when no workspace is open. */
export function useCurrentAmbassadorId(): string | null {
  return useAccess().ambassadorId;
}

/** The people this window may switch to (others by their public name only). */
export function useWorkspaces(): ChannelQuery<WorkspaceEntry[]> {
  return useChannelQuery('access:workspaces', {});
}
