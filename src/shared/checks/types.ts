/**
 * Findings are what every draft check returns: one reason, one suggestion, and (when it is about a
 * particular word or sentence) UTF-16 offsets into the checked text so the editor can highlight it.
 */
export const FINDING_KINDS = ['language', 'readability', 'length', 'safeguarding'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** `strong` is for things that must be looked at before a draft is used (privacy, far too long). */
export const SEVERITIES = ['info', 'warning', 'strong'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable and unique within one result: `<kind>:<rule>:<start>` (or `:all` for whole-text findings). */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** UTF-16 offset of the first highlighted character; absent for findings about the whole text. */
  start?: number;
  /** UTF-16 offset just after the highlighted text; absent for findings about the whole text. */
  end?: number;
  /** One-line reason, in plain English. */
  message: string;
  /** What to do instead. */
  suggestion: string;
  /** Where the advice comes from (a guideline or the analyser that raised it). */
  source?: string;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, strong: 2 };

export function severityAtLeast(a: Severity, b: Severity): boolean {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b];
}
