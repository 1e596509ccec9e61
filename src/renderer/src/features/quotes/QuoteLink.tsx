import { Group, NativeSelect } from '@mantine/core';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { houseName } from '../key-messages/HouseList';
import type { QuoteEditor } from './useQuoteEditor';

const NONE = '';

function short(text: string, length = 70): string {
  const clean = text.trim().replace(/\s+/gu, ' ');
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

/** Which key message (a house and one of its pillars) the quote brings to life. */
export function QuoteLink({
  editor,
  houses,
  readOnly,
}: {
  editor: QuoteEditor;
  houses: MessageHouse[];
  readOnly: boolean;
}) {
  const { houseId, pillarId } = editor.values;
  const house = houses.find((h) => h.id === houseId) ?? null;
  const houseOptions = [
    { value: NONE, label: houses.length ? 'Not linked' : 'No houses yet (make one in Key messages)' },
    ...houses.map((h) => ({ value: h.id, label: `${houseName(h)}${h.isPrimary ? ' (primary)' : ''}` })),
  ];
  const pillarOptions = [
    { value: NONE, label: house ? 'Not linked' : 'Choose a house first' },
    ...(house?.pillars ?? []).map((p, i) => ({
      value: p.id,
      label: `${i + 1}. ${short(p.message) || `Key message ${i + 1}`}`,
    })),
  ];
  return (
    <Group grow align="flex-start" gap="md">
      <NativeSelect
        label="Message house"
        description="Which set of key messages this quote belongs to."
        data={houseOptions}
        value={house ? house.id : NONE}
        disabled={readOnly}
        onChange={(event) => editor.setLink(event.currentTarget.value || null, null)}
      />
      <NativeSelect
        label="Key message"
        description="The quote should bring this key message to life."
        data={pillarOptions}
        value={house && pillarId && house.pillars.some((p) => p.id === pillarId) ? pillarId : NONE}
        disabled={readOnly || !house}
        onChange={(event) => editor.setLink(house?.id ?? null, event.currentTarget.value || null)}
      />
    </Group>
  );
}
