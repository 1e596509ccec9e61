/**
 * Home's "next interview" card opens that request on the Interviews screen. Navigation is in-app state without
 * URL parameters, so the wish travels in sessionStorage (like the practice and plan intents).
 */
const KEY = 'ambassador-studio.interviews.open';

export function setInterviewIntent(id: string): void {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // Without storage the screen opens on its list; the request is one click away.
  }
}

export function takeInterviewIntent(): string | null {
  try {
    const id = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return id;
  } catch {
    return null;
  }
}
