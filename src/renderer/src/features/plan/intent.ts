/**
 * Home's plan reminder opens Interview practice on its Plan tab. Navigation is in-app state without URL
 * parameters, so the wish travels in sessionStorage and is used once (like the practice intent of "due today").
 */
const KEY = 'ambassador-studio.rehearsal.open-plan';

export function setPlanIntent(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Without storage the screen opens on its usual tab; the Plan tab is one click away.
  }
}

export function takePlanIntent(): boolean {
  try {
    const wanted = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return wanted;
  } catch {
    return false;
  }
}
