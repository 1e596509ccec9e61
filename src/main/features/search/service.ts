import { displayName } from '../../../shared/features/ambassadors/schemas';
import type { SearchResult } from '../../../shared/features/search/schemas';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createSearchRepository, type SearchScope } from './repository';

export function createSearchService(ctx: ServiceContext) {
  const search = ctx.repo(createSearchRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  return {
    query(text: string, scope: SearchScope, limit = 30): SearchResult[] {
      const hits = search.query(text, scope, limit);
      const names = new Map<string, string>();
      const nameOf = (id: string) => {
        if (!names.has(id)) {
          const a = ambassadors.get(id);
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
