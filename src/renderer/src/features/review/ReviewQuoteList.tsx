import type { ReviewQueue } from '../../../../shared/features/review/schemas';
import { itemAt } from '../../components/useListWindow';
import { LoadingCard } from '../../components/VirtualItemList';
import { VirtualList } from '../../components/VirtualList';
import { ReviewQuoteCard } from './ReviewCards';

type QueuedQuote = ReviewQueue['quotes'][number];

/**
 * The queue's quotes, each with its findings in full where Approve is. Only the cards in view are in the page
 * (a card with many findings is tall, so each is measured as it is drawn); the rest load as they scroll in.
 */
export function ReviewQuoteList({
  queue,
  labelledBy,
  isTrainer,
  onRangeChange,
  onSendBack,
}: {
  queue: ReviewQueue;
  labelledBy: string;
  isTrainer: boolean;
  onRangeChange(start: number, end: number): void;
  onSendBack(item: QueuedQuote): void;
}) {
  const loaded = { offset: queue.offset, items: queue.quotes };
  return (
    <VirtualList
      count={queue.total}
      labelledBy={labelledBy}
      estimateSize={260}
      getKey={(index) => itemAt(loaded, index)?.quote.id ?? `row-${index}`}
      onRangeChange={onRangeChange}
      renderItem={(index) => {
        const item = itemAt(loaded, index);
        return item ? (
          <ReviewQuoteCard item={item} isTrainer={isTrainer} onSendBack={() => onSendBack(item)} />
        ) : (
          <LoadingCard />
        );
      }}
    />
  );
}
