import { NumberInput, Radio, Group } from '@mantine/core';
import { useState } from 'react';
import {
  DEFAULT_IDLE_MINUTES,
  LAPTOP_KINDS,
  idleMinutesSchema,
  type LaptopKind,
} from '../../../../shared/features/access/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError } from '../../components/notify';
import { useAccess } from './queries';

const KIND_LABELS: Record<LaptopKind, string> = {
  own: 'My own laptop (one ambassador)',
  shared: 'Shared or trainer laptop (several ambassadors)',
};

const TRAINER_ONLY = 'Only a trainer can change this. Unlock trainer mode first.';

/** Whose laptop this is. Anyone sees it; only a trainer changes it (the reason is said next to it). */
export function LaptopKindChoice() {
  const access = useAccess();
  const change = useChannelMutation('access:setLaptopKind');
  // The choice shows at once, not only when the backend has answered; a refusal puts the old one back.
  const [choosing, setChoosing] = useState<LaptopKind | null>(null);
  const kind = choosing ?? access.data?.laptopKind ?? null;

  const choose = async (value: string) => {
    const next = LAPTOP_KINDS.find((k) => k === value);
    if (!next) return;
    setChoosing(next);
    const result = await change.run({ kind: next });
    setChoosing(null);
    if (!result.ok) notifyError(result.error, 'The laptop kind was not changed');
  };

  return (
    <Radio.Group
      label="This laptop is"
      description={access.isTrainer ? undefined : TRAINER_ONLY}
      value={kind}
      onChange={(value) => void choose(value)}
    >
      <Group mt="xs" gap="lg">
        {LAPTOP_KINDS.map((k) => (
          <Radio key={k} value={k} label={KIND_LABELS[k]} disabled={!access.isTrainer} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** Minutes without use before a window locks: a trainer's choice, or the owner's on their own laptop. */
export function IdleMinutesField() {
  const access = useAccess();
  const save = useChannelMutation('access:setIdleMinutes');
  const minutes = access.data?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  // Typed here and saved when the person leaves the field or presses Enter, so "15" is not first saved as "1".
  const [draft, setDraft] = useState<string | number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const ownersLaptop = access.data?.laptopKind === 'own' && access.ambassadorId !== null;
  const canChange = access.isTrainer || ownersLaptop;

  const commit = async () => {
    if (draft === null) return;
    const parsed = idleMinutesSchema.safeParse(draft);
    if (!parsed.success) {
      setError(
        typeof draft === 'number' ? parsed.error.issues[0]?.message : 'Give a number of minutes, from 1 to 240.',
      );
      return;
    }
    const result = await save.run({ minutes: parsed.data });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setDraft(null);
  };

  return (
    <NumberInput
      label="Lock after this many minutes without use"
      description={
        canChange ? 'Trainer mode and protected workspaces lock by themselves after this time.' : TRAINER_ONLY
      }
      min={1}
      max={240}
      // Said, not silently corrected: a number out of range gets the reason next to it.
      clampBehavior="none"
      allowDecimal={false}
      value={draft ?? minutes}
      readOnly={!canChange}
      error={error}
      maw={360}
      onChange={(value) => {
        setDraft(value);
        setError(undefined);
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit();
      }}
    />
  );
}
