/**
 * Where the stage view lives: the app's own page with `?view=stage`. Kept apart from the protocol (and zod)
 * because main.tsx checks it before anything else loads.
 */
export const STAGE_QUERY = 'view=stage';
/** The window name, so a second click brings back the same stage window instead of opening another. */
export const STAGE_WINDOW_NAME = 'ambassador-studio-stage';

export function stageViewUrl(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}?${STAGE_QUERY}`;
}

export function isStageViewLocation(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'stage';
}
