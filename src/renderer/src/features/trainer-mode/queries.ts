import { useCallback } from 'react';
import type { Role } from '../../../../shared/features/settings/schemas';
import type { RoleState } from '../../../../shared/features/trainer-mode/schemas';
import { useApi } from '../../api/ApiProvider';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';
import type { Result } from '../../api/result';

export interface RoleQuery extends ChannelQuery<RoleState> {
  role: RoleState['role'];
  pinSet: boolean;
  isTrainer: boolean;
  /** Switches mode; with a PIN set, switching to trainer needs the PIN. */
  switchTo(role: Role, pin?: string): Promise<Result<RoleState>>;
}

/**
 * Who is at the keyboard, from role:state. This is the source of truth (not settings.role): with a PIN set,
 * trainer mode is locked again in every new session even if the settings still say "trainer".
 */
export function useRole(): RoleQuery {
  const api = useApi();
  const query = useChannelQuery('role:state', {});
  const switchTo = useCallback((role: Role, pin?: string) => api['role:switch'](pin ? { role, pin } : { role }), [api]);
  const role = query.data?.role ?? 'ambassador';
  return { ...query, role, pinSet: query.data?.pinSet ?? false, isTrainer: role === 'trainer', switchTo };
}
