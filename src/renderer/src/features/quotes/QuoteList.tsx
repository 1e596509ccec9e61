import { Badge, Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { QUOTE_STATUSES, STATUS_LABELS, type QuoteStatus } from '../../../../shared/features/quotes/schemas';
import type { QuotePage, QuoteSummary } from '../../../../shared/features/quotes/summaries';
import { QueryView } from '../../components/QueryView';
import { itemAt, useListWindow } from '../../components/useListWindow';
import { VirtualItemList } from '../../components/VirtualItemList';
import { excerpt, STATUS_COLORS } from './labels';
import { useQuotePage } from './queries';

const COUNT_NAMES: Record<QuoteStatus, [string, string]> = {
  draft: ['draft', 'drafts'],
  in_review: ['in review', 'in review'],
  approved: ['approved', 'approved'],
  retired: ['retired', 'retired'],
};

function countsLine(counts: QuotePage['counts']): string {
  return QUOTE_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s].toLocaleString()} ${COUNT_NAMES[s][counts[s] === 1 ? 0 : 1]}`)
    .join(' · ');
}

function QuoteSummaryRow({ quote: q }: { quote: QuoteSummary }) {
  return (
    <>
      <Text fw={500} lineClamp={2}>
        {q.excerpt ? `“${q.excerpt}”` : 'Empty draft'}
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
        {q.needsRepair ? (
          <Badge color="orange.9" tt="none" size="sm">
            Needs repair
          </Badge>
        ) : null}
        {q.outlet || q.occasion ? <Text size="sm">{[q.outlet, q.occasion].filter(Boolean).join(' · ')}</Text> : null}
      </Group>
    </>
  );
}

/**
 * The ambassador's quotes: drafts first, then in review, approved and retired, newest first within each. The
 * list is read a window at a time as summaries and only the rows in view are drawn, so thousands stay quick.
 */
export function QuoteList({
  ambassadorId,
  openId,
  onOpen,
  onCreate,
  creating,
}: {
  ambassadorId: string;
  openId: string | null;
  onOpen(id: string): void;
  onCreate(): void;
  creating: boolean;
}) {
  const rows = useListWindow();
  const page = useQuotePage(ambassadorId, rows.offset, rows.limit);
  return (
    <QueryView query={page} loadingLabel="Loading your quotes…" errorTitle="Your quotes could not be loaded">
      {(loaded) => (
        <VirtualItemList
          headingId="quotes-heading"
          title="Your quotes"
          actions={
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreate} loading={creating}>
              New quote
            </Button>
          }
          description={loaded.total > 0 ? <Text size="sm">{countsLine(loaded.counts)}</Text> : null}
          total={loaded.total}
          itemAt={(index) => itemAt(loaded, index)}
          onRangeChange={rows.onRangeChange}
          empty={
            <Text>No quotes yet. Start one: a sentence or two that adds a feeling, an opinion or a human detail.</Text>
          }
          cardTestId="quote-card"
          openId={openId}
          onOpen={onOpen}
          openLabel={(q) => `Open quote: ${excerpt(q.excerpt, 40)}`}
          summary={(q) => <QuoteSummaryRow quote={q} />}
        />
      )}
    </QueryView>
  );
}
