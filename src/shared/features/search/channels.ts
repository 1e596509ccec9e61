import { z } from 'zod';
import { query } from '../../channel';
import { text } from '../../fields';
import type { SearchResult } from './schemas';

export const searchChannels = {
  'search:query': query<SearchResult[]>()(
    z.strictObject({ text: text(200, 'Search text'), includeArchived: z.boolean().optional() }),
    ['house', 'quote', 'comment', 'ambassador'],
  ),
};
