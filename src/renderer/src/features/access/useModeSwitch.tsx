import { useState, type ReactNode } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError, notifySuccess } from '../../components/notify';
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
  const [asking, setAsking] = useState(false);
  const setUp = access.data?.trainerSecretSet ?? false;

  const leaveTrainer = async () => {
    const result = await leave.run({});
    if (!result.ok) notifyError(result.error, 'Trainer mode was not left');
  };
  const lockNow = async () => {
    const result = await lock.run({});
    if (result.ok) notifySuccess('Trainer mode and a workspace with a PIN need their secret again.', 'Window locked');
    else notifyError(result.error, 'This window was not locked');
  };

  return {
    ...access,
    // Another window may have set up the first trainer meanwhile: the backend is asked again, and the dialog
    // follows its answer (set up the first trainer, or unlock).
    unlockTrainer: () => {
      setAsking(true);
      if (!setUp) void access.reload();
    },
    leaveTrainer,
    lockNow,
    modal: (
      <>
        <UnlockTrainerModal opened={asking && setUp} onClose={() => setAsking(false)} />
        <TrainerSetupModal opened={asking && !setUp} first onClose={() => setAsking(false)} />
      </>
    ),
  };
}
