import { Badge, Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import {
  QUOTE_STATUSES,
  STATUS_LABELS,
  type Quote,
  type QuoteStatus,
} from '../../../../shared/features/quotes/schemas';
import { ItemList } from '../../components/ItemList';
import { excerpt, STATUS_COLORS } from './labels';

const GROUP_TITLES: Record<QuoteStatus, string> = {
  draft: 'Drafts',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

function QuoteSummary({ quote: q }: { quote: Quote }) {
  return (
    <>
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
        {q.outlet || q.occasion ? <Text size="sm">{[q.outlet, q.occasion].filter(Boolean).join(' · ')}</Text> : null}
      </Group>
    </>
  );
}

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
  const groups = QUOTE_STATUSES.map((status) => {
    const items = quotes.filter((q) => q.status === status);
    return { id: `quotes-${status}`, title: `${GROUP_TITLES[status]} (${items.length})`, items };
  });
  return (
    <ItemList
      headingId="quotes-heading"
      title="Your quotes"
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreate} loading={creating}>
          New quote
        </Button>
      }
      items={quotes}
      empty={
        <Text>No quotes yet. Start one: a sentence or two that adds a feeling, an opinion or a human detail.</Text>
      }
      groups={groups}
      layout="rows"
      cardTestId="quote-card"
      openId={openId}
      onOpen={onOpen}
      openLabel={(q) => `Open quote: ${excerpt(q.text, 40)}`}
      summary={(q) => <QuoteSummary quote={q} />}
    />
  );
}
