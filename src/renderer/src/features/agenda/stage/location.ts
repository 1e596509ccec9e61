/**
 * Where the agenda's projector view lives: the app's own page with `?view=agenda-stage`. Kept apart from the
 * protocol (and zod) because main.tsx checks it before anything else loads.
 */
export const AGENDA_STAGE_QUERY = 'view=agenda-stage';
/** The window name, so a second click brings back the same projector window instead of opening another. */
export const AGENDA_STAGE_WINDOW_NAME = 'ambassador-studio-agenda-stage';

export function agendaStageUrl(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}?${AGENDA_STAGE_QUERY}`;
}

export function isAgendaStageLocation(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'agenda-stage';
}
