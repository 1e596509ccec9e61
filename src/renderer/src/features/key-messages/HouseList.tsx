import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { confirmDanger } from '../../components/confirmDanger';
import { VirtualItemList } from '../../components/VirtualItemList';

export function houseName(h: Pick<MessageHouse, 'title' | 'template'>): string {
  return h.title.trim() || (h.template === 'box' ? 'Untitled Message Box' : 'Untitled Message House');
}

function HouseSummary({ house }: { house: MessageHouse }) {
  return (
    <>
      <Group gap={6} mb={4}>
        <Badge variant="default" tt="none">
          {house.template === 'box' ? 'Message Box' : 'Message House'}
        </Badge>
        {house.isPrimary ? (
          <Badge color="indigo.8" tt="none" leftSection={<IconStar size={12} aria-hidden />}>
            Primary
          </Badge>
        ) : null}
      </Group>
      <Title order={3} size="h4">
        {houseName(house)}
      </Title>
      <Text size="sm" lineClamp={2}>
        {house.template === 'box' ? house.box.issue || 'No issue yet' : house.umbrella || 'No umbrella message yet'}
      </Text>
    </>
  );
}

/**
 * The ambassador's houses (one per audience, say). The primary one is what the message sheet uses; it is
 * marked and listed first. Only the rows in view are drawn, so a long list stays quick.
 */
export function HouseList({
  houses,
  openId,
  onOpen,
  onCreate,
  onMakePrimary,
  onDelete,
  creating,
}: {
  houses: MessageHouse[];
  openId: string | null;
  onOpen(id: string): void;
  onCreate(template: 'house' | 'box'): void;
  onMakePrimary(id: string): void;
  onDelete(id: string): void;
  creating: boolean;
}) {
  const confirmDelete = (h: MessageHouse) =>
    confirmDanger({
      title: `Delete “${houseName(h)}”?`,
      text: 'It goes to the Trash with its comments and history. You can put it back from the Trash for 30 days.',
      confirm: 'Delete',
      onConfirm: () => onDelete(h.id),
    });

  return (
    <VirtualItemList
      headingId="houses-heading"
      title="Your houses"
      actions={
        <Group gap="sm">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => onCreate('house')} loading={creating}>
            New Message House
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => onCreate('box')}
            disabled={creating}
          >
            New Message Box
          </Button>
        </Group>
      }
      total={houses.length}
      itemAt={(index) => houses[index]}
      estimateSize={120}
      empty={
        <Text>
          You have no houses yet. Start a Message House for the audience you most want to reach. You can make more
          later, one for each audience.
        </Text>
      }
      cardTestId="house-card"
      openId={openId}
      onOpen={onOpen}
      openLabel={(h) => `Open ${houseName(h)}`}
      summary={(h) => <HouseSummary house={h} />}
      itemActions={(h) => (
        <>
          {h.isPrimary ? null : (
            <Button
              size="xs"
              variant="default"
              onClick={() => onMakePrimary(h.id)}
              aria-label={`Make ${houseName(h)} primary`}
            >
              Make primary
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => confirmDelete(h)}
            aria-label={`Delete ${houseName(h)}`}
          >
            Delete
          </Button>
        </>
      )}
    />
  );
}
