/**
 * A campaign hashtag as people will type it into social media: every tag starts with one "#". Trainers often
 * type "IamAMigrant" or "＃IamAMigrant" (a full-width sign from a CJK keyboard); the sheet printed such a tag
 * as plain text, which nobody searches for. Several tags separated by spaces each get their own sign.
 */
export function normaliseHashtag(value: string): string {
  return value
    .trim()
    .split(/\s+/u)
    .map((tag) => tag.replace(/^[#＃]+/u, ''))
    .filter((tag) => tag !== '')
    .map((tag) => `#${tag}`)
    .join(' ');
}
