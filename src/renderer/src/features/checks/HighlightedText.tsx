import { Fragment } from 'react';
import type { Finding } from '../../../../shared/checks';
import classes from './Checks.module.css';

/** Splits a text into plain runs and highlighted runs; overlapping findings keep the earlier one. */
export function highlightRuns(
  text: string,
  findings: readonly Finding[],
): Array<{ text: string; finding: Finding | null }> {
  const ranged = findings
    .filter(
      (f): f is Finding & { start: number; end: number } =>
        f.start !== undefined && f.end !== undefined && f.end > f.start,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Array<{ text: string; finding: Finding | null }> = [];
  let at = 0;
  for (const f of ranged) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) runs.push({ text: text.slice(at, f.start), finding: null });
    runs.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), finding: null });
  return runs;
}

/**
 * A copy of the text with the words the checks found highlighted. It is a visual aid only (hidden from screen
 * readers, who get the same information from the list of notes and its "Show in text" buttons).
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const runs = highlightRuns(text, findings);
  if (!runs.some((r) => r.finding)) return null;
  return (
    <div className={classes.mirror} aria-hidden data-testid="highlighted-text">
      {runs.map((run, i) =>
        run.finding ? (
          <mark key={i} className={classes.mark} data-severity={run.finding.severity} title={run.finding.message}>
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </div>
  );
}
