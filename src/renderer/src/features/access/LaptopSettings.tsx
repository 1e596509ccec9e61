import { Radio, Group } from '@mantine/core';
import { useState } from 'react';
import {
  DEFAULT_IDLE_MINUTES,
  LAPTOP_KINDS,
  idleMinutesSchema,
  type LaptopKind,
} from '../../../../shared/features/access/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { CommittedNumberInput } from '../../components/CommittedNumberInput';
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
  const ownersLaptop = access.data?.laptopKind === 'own' && access.ambassadorId !== null;
  const canChange = access.isTrainer || ownersLaptop;
  return (
    <CommittedNumberInput
      label="Lock after this many minutes without use"
      description={
        canChange ? 'Trainer mode and protected workspaces lock by themselves after this time.' : TRAINER_ONLY
      }
      min={1}
      max={240}
      maw={360}
      readOnly={!canChange}
      value={access.data?.idleMinutes ?? DEFAULT_IDLE_MINUTES}
      schema={idleMinutesSchema}
      notANumber="Give a number of minutes, from 1 to 240."
      save={(minutes) => save.run({ minutes })}
    />
  );
}
