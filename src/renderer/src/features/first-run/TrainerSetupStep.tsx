import { Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { notifyError } from '../../components/notify';
import {
  EMPTY_TRAINER_SETUP,
  TrainerSetupFields,
  trainerSetupProblems,
  type TrainerSetupDraft,
} from '../access/TrainerSetupFields';

/**
 * The first run of a shared laptop: the trainer's name and secret, set before anyone else touches the laptop, so
 * trainer mode is protected from the start. Setting up the first trainer unlocks trainer mode in this window.
 */
export function TrainerSetupStep({ onDone }: { onDone(): void }) {
  const api = useApi();
  const [draft, setDraft] = useState<TrainerSetupDraft>(EMPTY_TRAINER_SETUP);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = trainerSetupProblems(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const added = await api['access:addTrainer']({ name: draft.name, secret: draft.secret });
    const shared = added.ok ? await api['access:setLaptopKind']({ kind: 'shared' }) : added;
    setBusy(false);
    if (!shared.ok) {
      setErrors({ secret: shared.error.message });
      notifyError(shared.error, 'Trainer mode was not set up');
      return;
    }
    onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" maw={560}>
        <TrainerSetupFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setErrors({});
          }}
          errors={errors}
        />
        <div>
          <Button type="submit" size="md" loading={busy}>
            Protect trainer mode
          </Button>
        </div>
      </Stack>
    </form>
  );
}
