import { useState, type ReactNode } from 'react';
import type { Role } from '../../../../shared/features/settings/schemas';
import { notifyError } from '../../components/notify';
import { PinModal } from './PinModal';
import { type RoleQuery, useRole } from './queries';

/**
 * Changing mode from anywhere (header, Settings, review queue): switching to trainer mode asks for the PIN when
 * one is set; everything else switches at once. Render `modal` somewhere in the component.
 */
export function useModeSwitch(): RoleQuery & { request(role: Role): Promise<void>; modal: ReactNode } {
  const role = useRole();
  const [unlocking, setUnlocking] = useState(false);

  const request = async (next: Role) => {
    if (next === role.role) return;
    if (next === 'trainer' && role.pinSet) {
      setUnlocking(true);
      return;
    }
    const result = await role.switchTo(next);
    if (!result.ok) notifyError(result.error, 'The mode was not changed');
  };

  return { ...role, request, modal: <PinModal opened={unlocking} onClose={() => setUnlocking(false)} /> };
}
