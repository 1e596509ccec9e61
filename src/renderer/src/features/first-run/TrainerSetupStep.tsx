import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AccessState } from '../../../../shared/features/access/schemas';
import { useApi } from '../../api/ApiProvider';
import type { Result } from '../../api/result';
import { notifyError } from '../../components/notify';
import { useAccess } from '../access/queries';
import { EMPTY_TRAINER_SETUP, TrainerSetupFields, trainerSetupProblems } from '../access/TrainerSetupFields';
import { UnlockTrainerModal } from '../access/UnlockTrainerModal';
import { useSecretForm } from '../access/useSecretForm';

/**
 * The first run of a shared laptop: the trainer's name and secret, set before anyone else touches the laptop, so
 * trainer mode is protected from the start. Setting up the first trainer unlocks trainer mode in this window.
 * If that was already done (the page was reloaded before the cohort was made), the trainer unlocks instead.
 */
export function TrainerSetupStep({ onDone }: { onDone(): void }) {
  const api = useApi();
  const access = useAccess();
  // 'unlocked' keeps this view (busy) while the laptop is marked shared, instead of flashing the setup form.
  const [unlocking, setUnlocking] = useState<'no' | 'asking' | 'unlocked'>('no');

  const makeShared = (): Promise<Result<AccessState>> => api['access:setLaptopKind']({ kind: 'shared' });
  const { form, submit } = useSecretForm({
    initialValues: EMPTY_TRAINER_SETUP,
    validate: (draft) => trainerSetupProblems(draft),
    send: async ({ name, secret }) => {
      // After a refusal of the second step, the trainer exists and is unlocked here: it is not added twice.
      const added = access.isTrainer ? null : await api['access:addTrainer']({ name, secret });
      return added && !added.ok ? added : makeShared();
    },
    refused: { field: 'secret', clear: true },
    onSent: onDone,
  });

  if ((access.data?.trainerSecretSet && !access.isTrainer) || unlocking === 'unlocked') {
    const unlocked = async () => {
      setUnlocking('unlocked');
      const shared = await makeShared();
      if (shared.ok) {
        onDone();
        return;
      }
      setUnlocking('no');
      notifyError(shared.error, 'This laptop was not set up as a shared one');
    };
    return (
      <Stack gap="md" maw={560} align="flex-start">
        <Text>Trainer mode is already protected on this laptop. Unlock it with your PIN or passphrase to go on.</Text>
        <Button size="md" onClick={() => setUnlocking('asking')} loading={unlocking === 'unlocked'}>
          Unlock trainer mode
        </Button>
        <UnlockTrainerModal
          opened={unlocking === 'asking'}
          onClose={() => setUnlocking((now) => (now === 'asking' ? 'no' : now))}
          onUnlocked={() => void unlocked()}
        />
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        <TrainerSetupFields form={form} autoFocus />
        <div>
          <Button type="submit" size="md" loading={form.submitting}>
            Protect trainer mode
          </Button>
        </div>
      </Stack>
    </form>
  );
}
