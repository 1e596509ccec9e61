/** Caps on user input. Every string that crosses a transport is bounded by one of these. */
export const LIMITS = {
  id: 64,
  shortText: 200,
  name: 120,
  pronouns: 40,
  hashtag: 80,
  shortBio: 600,
  longBio: 6000,
  listItem: 200,
  listLength: 30,
  settingValue: 2000,
  /** Photos are resized in the renderer before upload; this is the hard cap on what the backend accepts. */
  photoBytes: 2 * 1024 * 1024,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
