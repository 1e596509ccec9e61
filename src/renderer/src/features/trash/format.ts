/** How the Trash reads on screen: dates in the reader's own format, and the days an item has left. */
export function formatDeletedAt(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function daysLeft(expiresAt: string, now: Date): string {
  const days = Math.ceil((Date.parse(expiresAt) - now.getTime()) / (24 * 60 * 60 * 1000));
  if (days <= 1) return 'Less than a day';
  return `${days} more days`;
}
