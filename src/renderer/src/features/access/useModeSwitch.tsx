import { useState, type ReactNode } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError } from '../../components/notify';
import { useAccess, type AccessQuery } from './queries';
import { TrainerSetupModal } from './TrainerSetupModal';
import { UnlockTrainerModal } from './UnlockTrainerModal';

export interface ModeSwitch extends AccessQuery {
  /** Asks for the trainer secret (or, on a laptop with no trainer yet, to set one up). */
  unlockTrainer(): void;
  leaveTrainer(): Promise<void>;
  /** "Lock now": trainer mode and a protected workspace lock at once. */
  lockNow(): Promise<void>;
  /** Render somewhere in the component: the dialogs the requests open. */
  modal: ReactNode;
}

/** Changing mode from anywhere (header, Settings, review queue). The backend decides; this opens the dialogs. */
export function useModeSwitch(): ModeSwitch {
  const access = useAccess();
  const leave = useChannelMutation('access:leaveTrainer');
  const lock = useChannelMutation('access:lock');
  const [dialog, setDialog] = useState<'unlock' | 'setup' | null>(null);
  const setUp = access.data?.trainerSecretSet ?? false;

  const leaveTrainer = async () => {
    const result = await leave.run({});
    if (!result.ok) notifyError(result.error, 'Trainer mode was not left');
  };
  const lockNow = async () => {
    const result = await lock.run({});
    if (!result.ok) notifyError(result.error, 'This window was not locked');
  };

  return {
    ...access,
    unlockTrainer: () => setDialog(setUp ? 'unlock' : 'setup'),
    leaveTrainer,
    lockNow,
    modal: (
      <>
        <UnlockTrainerModal opened={dialog === 'unlock'} onClose={() => setDialog(null)} />
        <TrainerSetupModal opened={dialog === 'setup'} first onClose={() => setDialog(null)} />
      </>
    ),
  };
}
