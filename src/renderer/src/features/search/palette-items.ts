import type { SearchResult } from '../../../../shared/features/search/schemas';
import { SCREENS, type ScreenId } from '../../app/screens';

export type PaletteItem =
  | { kind: 'screen'; id: string; screen: ScreenId; label: string }
  | { kind: 'result'; id: string; result: SearchResult };

const ENTITY_LABELS: Record<SearchResult['entityType'], string> = {
  house: 'Message House',
  quote: 'Quote',
  comment: 'Comment',
};

export function entityLabel(type: SearchResult['entityType']): string {
  return ENTITY_LABELS[type];
}

/** Screens whose name matches what was typed (all of them before anything is typed), then the search results. */
export function paletteItems(query: string, results: readonly SearchResult[]): PaletteItem[] {
  const q = query.trim().toLowerCase();
  const screens = SCREENS.filter((s) => !q || s.label.toLowerCase().includes(q)).map((s): PaletteItem => ({
    kind: 'screen',
    id: `screen-${s.id}`,
    screen: s.id,
    label: s.label,
  }));
  return [
    ...screens,
    ...results.map((r): PaletteItem => ({ kind: 'result', id: `result-${r.entityType}-${r.entityId}`, result: r })),
  ];
}

/** "…the [swarm] of…" -> parts with the matched words marked. */
export function snippetParts(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  const pattern = /\[([^\]]*)\]/gu;
  let at = 0;
  for (const m of snippet.matchAll(pattern)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
