import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { QUOTE_STATUSES, STATUS_LABELS, type Quote, type QuoteStatus } from '../../../../shared/features/quotes/schemas';
import { excerpt, STATUS_COLORS } from './labels';

const GROUP_TITLES: Record<QuoteStatus, string> = {
  draft: 'Drafts',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/** The ambassador's quotes, grouped by status (drafts first), newest first within each group. */
export function QuoteList({
  quotes,
  openId,
  onOpen,
  onCreate,
  creating,
}: {
  quotes: Quote[];
  openId: string | null;
  onOpen(id: string): void;
  onCreate(): void;
  creating: boolean;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="quotes-heading">
      <Group justify="space-between">
        <Title order={2} id="quotes-heading">
          Your quotes
        </Title>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreate} loading={creating}>
          New quote
        </Button>
      </Group>
      {quotes.length === 0 ? (
        <Text>No quotes yet. Start one: a sentence or two that adds a feeling, an opinion or a human detail.</Text>
      ) : null}
      {QUOTE_STATUSES.map((status) => {
        const group = quotes.filter((q) => q.status === status);
        if (group.length === 0) return null;
        return (
          <Stack key={status} gap="xs" component="section" aria-labelledby={`quotes-${status}`}>
            <Title order={3} size="h4" id={`quotes-${status}`}>
              {GROUP_TITLES[status]} ({group.length})
            </Title>
            {group.map((q) => {
              const open = q.id === openId;
              return (
                <Card
                  key={q.id}
                  withBorder
                  radius="md"
                  padding="sm"
                  data-testid="quote-card"
                  style={open ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
                >
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={500} lineClamp={2}>
                        {q.text.trim() ? `“${q.text.trim()}”` : 'Empty draft'}
                      </Text>
                      <Group gap={6}>
                        <Badge color={STATUS_COLORS[q.status]} autoContrast tt="none" size="sm">
                          {STATUS_LABELS[q.status]}
                        </Badge>
                        {q.consentWithdrawn ? (
                          <Badge color="red.9" tt="none" size="sm">
                            Consent withdrawn
                          </Badge>
                        ) : null}
                        {q.outlet || q.occasion ? (
                          <Text size="sm">{[q.outlet, q.occasion].filter(Boolean).join(' · ')}</Text>
                        ) : null}
                      </Group>
                    </Stack>
                    <Button
                      size="xs"
                      variant={open ? 'filled' : 'default'}
                      onClick={() => onOpen(q.id)}
                      aria-label={`Open quote: ${excerpt(q.text, 40)}`}
                      aria-pressed={open}
                    >
                      Open
                    </Button>
                  </Group>
                </Card>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
