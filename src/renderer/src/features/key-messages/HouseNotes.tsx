import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { runAllChecks, type Finding } from '../../../../shared/checks';
import { houseTexts, type HouseFields } from '../../../../shared/features/key-messages/schemas';
import { useChecksSettings } from '../checks/checks-context';
import { FindingList } from '../checks/FindingList';
import { HOUSE_GUIDANCE, type HouseStep } from './guidance';
import { labelFor } from './HousePreview';

/** The step where each field of the seven-step house is written (the Message Box has no steps). */
function stepOf(field: string): HouseStep | null {
  if (field === 'audience' || field === 'goal') return 'audience';
  if (field === 'umbrella') return 'umbrella';
  if (field === 'criticism' || field === 'response') return 'criticism';
  if (field === 'callToAction') return 'action';
  if (/^pillars\.\d+\.message$/.test(field)) return 'pillars';
  if (/^pillars\.\d+\.proofs\.\d+$/.test(field)) return 'proofs';
  return null;
}

/** Wording and safeguarding notes: readability is a matter of taste on a whole house, and stays with each field. */
const SHOWN: ReadonlySet<Finding['kind']> = new Set(['language', 'safeguarding']);

/**
 * Every language and safeguarding note across the house, field by field, on the Review step: the same checks
 * (and the cohort's own rules) that run under each field while it is written, gathered before the house is used.
 */
export function HouseNotes({ values, onGoTo }: { values: HouseFields; onGoTo(step: HouseStep): void }) {
  const { rules, safeguarding } = useChecksSettings();
  const deferred = useDeferredValue(values);
  const notes = useMemo(
    () =>
      houseTexts(deferred)
        .filter((t) => t.field !== 'title')
        .map((t) => ({
          field: t.field,
          findings: runAllChecks(t.text, { rules, safeguarding }).findings.filter((f) => SHOWN.has(f.kind)),
        }))
        .filter((n) => n.findings.length > 0),
    [deferred, rules, safeguarding],
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="house-notes-heading" data-testid="house-notes">
      <Title order={4} id="house-notes-heading">
        {notes.length === 0 ? 'No notes on the wording' : 'Notes on the wording'}
      </Title>
      {notes.length === 0 ? (
        <Text>The language guide and the safeguarding checks found nothing to look at again.</Text>
      ) : null}
      {notes.map(({ field, findings }) => {
        const step = stepOf(field);
        return (
          <Stack key={field} gap={4}>
            <Text fw={600}>{labelFor(field)}</Text>
            <FindingList findings={findings} label={`Review notes on ${labelFor(field)}`} />
            {step ? (
              <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(step)} ta="left">
                Go to {HOUSE_GUIDANCE[step].title}
              </Anchor>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}
