import { Text } from '@mantine/core';
import type { Severity } from '../../../../shared/checks/types';
import { quoteFieldLabel, type QuoteFinding } from '../../../../shared/features/quotes/approval';
import classes from '../checks/Checks.module.css';

// The same words the editor's live checks use, so a finding reads the same in the queue and in the quote.
const SEVERITY: Readonly<Record<Severity, string>> = { strong: 'Important', warning: 'Check', info: 'Tip' };
const KIND = { safeguarding: 'Safeguarding', language: 'Language' } as const;

/**
 * A quote's open safeguarding and language findings, listed where the decision is made. The backend sends the
 * kind of detail and where it is, never the private value itself.
 */
export function ReviewFindings({ findings, label }: { findings: readonly QuoteFinding[]; label: string }) {
  if (findings.length === 0) return <Text size="sm">No safeguarding or language findings.</Text>;
  return (
    <ul className={classes.findings} aria-label={label} data-testid="review-findings">
      {findings.map((f) => (
        <li key={f.id} className={classes.finding} data-severity={f.severity} data-kind={f.kind}>
          <Text size="sm" fw={600}>
            {`${KIND[f.kind]}, ${quoteFieldLabel(f.field).toLowerCase()}. ${SEVERITY[f.severity]}: ${f.message}`}
          </Text>
          <Text size="sm">Suggestion: {f.suggestion}</Text>
        </li>
      ))}
    </ul>
  );
}
