import { Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { useApi } from '../../../api/ApiProvider';
import { notifyError } from '../../../components/notify';
import { SaveStatus } from '../../../components/SaveStatus';
import { useAutosave } from '../../../components/useAutosave';

/** Notes on one take, saved as you type. They stay on the laptop: the stage view never shows them. */
export function TakeNotes({ take, label = 'Notes on this answer' }: { take: Take; label?: string }) {
  const api = useApi();
  const [notes, setNotes] = useState(take.notes);
  const autosave = useAutosave<{ notes: string }, Take>(
    (patch) => api['rehearsal:noteTake']({ takeId: take.id, notes: patch.notes }),
    {
      onLostError: (error) => notifyError(error, 'Your notes were not saved'),
    },
  );
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        description="For example what you would say differently, or what your trainer said."
        autosize
        minRows={2}
        maxLength={2000}
        value={notes}
        onChange={(event) => {
          setNotes(event.currentTarget.value);
          autosave.queue({ notes: event.currentTarget.value });
        }}
        onBlur={() => void autosave.flush()}
        error={autosave.state.status === 'error' ? autosave.state.error?.message : undefined}
      />
      <SaveStatus state={autosave.state} idleText="Notes save by themselves." />
    </Stack>
  );
}
