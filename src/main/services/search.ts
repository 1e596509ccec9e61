import { displayName } from '../../shared/domain/ambassador';
import type { SearchResult } from '../../shared/domain/review';
import type { Repositories } from '../db/repositories';

export function createSearchService(repos: Repositories) {
  return {
    query(text: string, limit = 30): SearchResult[] {
      const hits = repos.search.query(text, limit);
      const names = new Map<string, string>();
      const nameOf = (id: string) => {
        if (!names.has(id)) {
          const a = repos.ambassadors.get(id);
          names.set(id, a ? displayName(a) : 'Unknown ambassador');
        }
        return names.get(id)!;
      };
      return hits.map((h) => ({
        entityType: h.entityType,
        entityId: h.entityId,
        ambassadorId: h.ambassadorId,
        ambassadorName: nameOf(h.ambassadorId),
        title: h.title,
        snippet: h.snippet,
      }));
    },
  };
}
