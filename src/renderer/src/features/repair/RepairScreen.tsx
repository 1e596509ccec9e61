import { Stack, Text } from '@mantine/core';
import { useChannelQuery } from '../../api/channel-query';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useAccess } from '../access/queries';
import { useAmbassadors } from '../ambassadors/queries';
import { RepairItemCard } from './RepairItemCard';

/**
 * Records the app could not fully read (a hand edit, a newer version's data, a merge). Each is kept exactly as
 * stored and cannot be edited until a person corrects its text here or keeps only what can be read.
 */
export function RepairScreen() {
  const access = useAccess();
  const items = useChannelQuery('repair:list', {});
  const people = useAmbassadors(true);
  const ownerOf = (id: string) =>
    access.isTrainer ? (people.data?.find((p) => p.id === id)?.displayName ?? null) : null;
  return (
    <>
      <PageHeader
        title="Repair"
        intro="Records stored in a form the app cannot read are kept exactly as they are, and cannot be changed until they are repaired here."
      />
      <QueryView
        query={items}
        loadingLabel="Checking the stored records…"
        errorTitle="The records could not be checked"
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title="Nothing needs repair" order={2}>
            Every profile, Message House and press quote could be read whole.
          </EmptyState>
        }
      >
        {(list) => (
          <Stack gap="md" maw={900}>
            <Text>{list.length === 1 ? '1 record needs repair.' : `${list.length} records need repair.`}</Text>
            {list.map((item) => (
              <RepairItemCard key={`${item.kind}:${item.id}`} item={item} owner={ownerOf(item.ambassadorId)} />
            ))}
          </Stack>
        )}
      </QueryView>
    </>
  );
}
