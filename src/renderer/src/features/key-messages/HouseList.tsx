import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';

export function houseName(h: Pick<MessageHouse, 'title' | 'template'>): string {
  return h.title.trim() || (h.template === 'box' ? 'Untitled Message Box' : 'Untitled Message House');
}

/**
 * The ambassador's houses (one per audience, say). The primary one is what the message sheet uses; it is
 * marked and listed first.
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
    modals.openConfirmModal({
      title: `Delete “${houseName(h)}”?`,
      children: (
        <Text>
          It is removed from your list, with any comments on it. A copy stays in the app’s history, but you cannot open it from
          here again.
        </Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: () => onDelete(h.id),
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="houses-heading">
      <Group justify="space-between">
        <Title order={2} id="houses-heading">
          Your houses
        </Title>
        <Group gap="sm">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => onCreate('house')} loading={creating}>
            New Message House
          </Button>
          <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => onCreate('box')} disabled={creating}>
            New Message Box
          </Button>
        </Group>
      </Group>
      {houses.length === 0 ? (
        <Text>
          You have no houses yet. Start a Message House for the audience you most want to reach. You can make more later, one
          for each audience.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {houses.map((h) => {
            const name = houseName(h);
            const open = h.id === openId;
            return (
              <Card
                key={h.id}
                withBorder
                radius="md"
                padding="md"
                data-testid="house-card"
                style={open ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
              >
                <Stack gap={6} h="100%" justify="space-between">
                  <div>
                    <Group gap={6} mb={4}>
                      <Badge variant="default" tt="none">
                        {h.template === 'box' ? 'Message Box' : 'Message House'}
                      </Badge>
                      {h.isPrimary ? (
                        <Badge color="indigo.8" tt="none" leftSection={<IconStar size={12} aria-hidden />}>
                          Primary
                        </Badge>
                      ) : null}
                    </Group>
                    <Title order={3} size="h4">
                      {name}
                    </Title>
                    <Text size="sm" lineClamp={2}>
                      {h.template === 'box' ? h.box.issue || 'No issue yet' : h.umbrella || 'No umbrella message yet'}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Button size="xs" variant={open ? 'filled' : 'default'} onClick={() => onOpen(h.id)} aria-label={`Open ${name}`} aria-pressed={open}>
                      Open
                    </Button>
                    {h.isPrimary ? null : (
                      <Button size="xs" variant="default" onClick={() => onMakePrimary(h.id)} aria-label={`Make ${name} primary`}>
                        Make primary
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      onClick={() => confirmDelete(h)}
                      aria-label={`Delete ${name}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
