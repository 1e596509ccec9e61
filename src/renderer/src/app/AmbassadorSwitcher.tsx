import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { notifyError } from '../components/notify';
import { useStudioActions } from './actions';
import { useAmbassadors } from '../features/ambassadors/queries';
import { useSettings } from '../features/settings/queries';

const NEW_AMBASSADOR = '__new__';
const NONE = '';

/** Header control: who is using the laptop now. Archived profiles only appear when asked for. */
export function AmbassadorSwitcher() {
  const [showArchived, setShowArchived] = useState(false);
  const { settings, update } = useSettings();
  const { data: ambassadors = [] } = useAmbassadors(true);
  const { createAmbassador } = useStudioActions();
  const currentId = settings?.currentAmbassadorId ?? null;

  const visible = ambassadors.filter((a) => showArchived || a.archivedAt === null || a.id === currentId);
  const current = ambassadors.find((a) => a.id === currentId);

  const options = [
    ...(current ? [] : [{ value: NONE, label: ambassadors.length ? 'Choose an ambassador' : 'No ambassador yet' }]),
    ...visible.map((a) => ({ value: a.id, label: a.archivedAt ? `${a.displayName} (archived)` : a.displayName })),
    { value: NEW_AMBASSADOR, label: 'New ambassador…' },
  ];

  const onChange = async (value: string) => {
    if (value === NEW_AMBASSADOR) {
      createAmbassador();
      return;
    }
    if (value === NONE || value === currentId) return;
    const result = await update({ currentAmbassadorId: value });
    if (!result.ok) notifyError(result.error, 'Could not switch ambassador');
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <NativeSelect
        label="Current ambassador"
        size="sm"
        data={options}
        value={current ? current.id : NONE}
        onChange={(event) => void onChange(event.currentTarget.value)}
        styles={{
          root: { display: 'flex', alignItems: 'center', gap: 8 },
          label: { whiteSpace: 'nowrap' },
          wrapper: { minWidth: 180, maxWidth: 260 },
        }}
      />
      <Checkbox
        label="Show archived"
        size="xs"
        checked={showArchived}
        onChange={(event) => setShowArchived(event.currentTarget.checked)}
        visibleFrom="md"
      />
    </Group>
  );
}
