/**
 * HTML escaping for the message sheet. Every string that came from a person (names, bios, quotes, topics,
 * the organisation's details) goes through `escapeHtml` before it is placed in the template, in text and in
 * attribute values alike, so "<script>" or "<img onerror=...>" in a bio prints as those characters.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * C0 controls other than tab, line feed and carriage return, DEL, and C1 controls: not allowed in HTML text,
 * never typed on purpose, and a NUL could cut the text short in some tools. They are dropped.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A UTF-16 surrogate that is not half of a pair cannot be encoded; it becomes the replacement character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for use between tags and inside double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
