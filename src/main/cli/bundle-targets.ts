/**
 * Finds the ambassador or cohort a trainer named on the command line: by id, or by name compared the way the
 * app compares names (case and accents folded). An unknown or ambiguous name is a TargetError listing the
 * candidates, so the trainer can rerun with the id.
 */
import { displayName, publicName, type Ambassador } from '../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../shared/features/cohorts/schemas';
import { foldForMatch } from '../../shared/features/message-sheet/gate';
import type { Services } from '../backend/services';

export class TargetError extends Error {}

interface Candidate<T> {
  item: T;
  id: string;
  label: string;
  names: string[];
}

/** Exact id first; then exact names; then names containing the query. More than one is ambiguous. */
function pick<T>(kind: string, query: string, candidates: Array<Candidate<T>>): T {
  const byId = candidates.find((c) => c.id.toLowerCase() === query.toLowerCase());
  if (byId) return byId.item;
  const wanted = foldForMatch(query);
  const names = (c: Candidate<T>) => c.names.map(foldForMatch).filter((n) => n !== '');
  const exact = candidates.filter((c) => names(c).includes(wanted));
  const matches = exact.length > 0 ? exact : candidates.filter((c) => names(c).some((n) => n.includes(wanted)));
  if (matches.length === 1) return matches[0]!.item;
  if (matches.length === 0) throw new TargetError(`no ${kind} called "${query}" (use the name or id shown in the app)`);
  const list = matches.map((c) => `  ${c.label} (${c.id})`);
  throw new TargetError([`"${query}" matches ${matches.length} ${kind}s; use the id:`, ...list].join('\n'));
}

export function findAmbassador(services: Services, query: string): Ambassador {
  const all = services.ambassadors.list({ includeArchived: true }).map((s) => services.ambassadors.get(s.id));
  return pick(
    'ambassador',
    query,
    all.map((a) => ({ item: a, id: a.id, label: displayName(a), names: [publicName(a), a.fullName, displayName(a)] })),
  );
}

export function findCohort(services: Services, query: string): Cohort {
  return pick(
    'cohort',
    query,
    services.cohorts.list(true).map((c) => ({ item: c, id: c.id, label: c.name, names: [c.name] })),
  );
}
