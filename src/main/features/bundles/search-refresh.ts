import { houseTexts } from '../../../shared/features/key-messages/schemas';
import { quoteTexts } from '../../../shared/features/quotes/schemas';
import type { ServiceContext } from '../../backend/context';
import { createCommentRepository } from '../comments/repository';
import { createHouseRepository } from '../key-messages/repository';
import { createQuoteRepository } from '../quotes/repository';
import { createSearchRepository } from '../search/repository';
import type { MergeLog } from './merge';

/**
 * Brings the search index up to date with the quotes, houses and comments an import wrote, titled as the features
 * title them; a row that arrived deleted leaves the index. Call inside the import's transaction.
 */
export function createSearchRefresher(ctx: ServiceContext) {
  const search = ctx.repo(createSearchRepository);
  const quotes = ctx.repo(createQuoteRepository);
  const houses = ctx.repo(createHouseRepository);
  const comments = ctx.repo(createCommentRepository);

  const refresh = (table: string, id: string): boolean => {
    if (table === 'quote') {
      const q = quotes.get(id);
      if (!q) return false;
      const body = quoteTexts(q)
        .map((t) => t.text)
        .join('\n');
      search.upsert('quote', id, q.ambassadorId, q.text.slice(0, 80) || 'Quote', body);
      return true;
    }
    if (table === 'message_house') {
      const h = houses.get(id);
      if (!h) return false;
      const title = h.title || h.umbrella || (h.template === 'box' ? 'Message Box' : 'Message House');
      search.upsert(
        'house',
        id,
        h.ambassadorId,
        title,
        houseTexts(h)
          .map((t) => t.text)
          .join('\n'),
      );
      return true;
    }
    const c = comments.get(id);
    if (!c) return false;
    search.upsert('comment', id, c.ambassadorId, `Comment by ${c.authorName}`, c.body);
    return true;
  };

  return {
    refresh(log: MergeLog): void {
      let removed = false;
      for (const { table, id } of log.changed) {
        if (table !== 'quote' && table !== 'message_house' && table !== 'comment') continue;
        if (!refresh(table, id)) {
          search.remove(id);
          removed = true;
        }
      }
      // Removed words stay in the index's pages until its segments are merged.
      if (removed) search.purgeRemoved();
    },
  };
}
