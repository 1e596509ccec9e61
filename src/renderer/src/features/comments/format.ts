/**
 * Dates beside comments, approvals and saved versions, written the way the person's own system writes them
 * (the `undefined` locale): "18 Dec, 14:05" on a British laptop, "Dec 18, 2:05 PM" on an American one.
 */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "18 December 2026 at 14:05" (or the local way of writing it), for approvals and consent. */
export function formatLong(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * Who wrote a comment: "Sam (trainer)", or just the ambassador's name. A name that already says it, such as the
 * sample data's "Jo (sample trainer)", is not followed by a second "(trainer)".
 */
export function authorLine(comment: { authorName: string; authorRole: 'trainer' | 'ambassador' }): string {
  if (comment.authorRole !== 'trainer' || /\btrainer\b/iu.test(comment.authorName)) return comment.authorName;
  return `${comment.authorName} (trainer)`;
}
