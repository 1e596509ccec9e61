import { Alert, List, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useDeferredValue, useMemo } from 'react';
import { checkSafeguarding, checkSelfIncrimination, type Finding } from '../../../../shared/checks';
import { useChecksSettings } from './checks-context';

export interface LabelledText {
  label: string;
  text: string;
}

const GAP = '\n\n';

/**
 * Runs the safeguarding check over all the texts of a document at once, so details spread over several fields
 * still add up to a "could identify you" warning, and says which field each finding is in. Without the
 * ambassador's settings (not loaded yet, or none chosen) only the self-incrimination prompt can run.
 */
export function safeguardingFindings(
  texts: readonly LabelledText[],
  context: Parameters<typeof checkSafeguarding>[1] | undefined,
) {
  const starts: number[] = [];
  let combined = '';
  for (const t of texts) {
    starts.push(combined.length);
    combined += t.text + GAP;
  }
  const whereIs = (f: Finding): string | null => {
    if (f.start === undefined) return null;
    let index = 0;
    for (let i = 0; i < starts.length; i += 1) if ((starts[i] ?? 0) <= f.start) index = i;
    return texts[index]?.label ?? null;
  };
  const found = context ? checkSafeguarding(combined, context) : checkSelfIncrimination(combined);
  return found.map((f) => ({ finding: f, where: whereIs(f) }));
}

const isSelfIncrimination = (f: Finding) => f.id.startsWith('safeguarding:self-incrimination');

function titleFor(findings: ReadonlyArray<{ finding: Finding }>): string {
  if (findings.some((f) => f.finding.id === 'safeguarding:jigsaw:all')) return 'This could identify you';
  if (findings.some((f) => isSelfIncrimination(f.finding))) return 'This could affect your asylum or immigration case';
  if (findings.some((f) => f.finding.severity === 'strong')) return 'This could reveal something you keep private';
  return 'This touches on a topic you chose not to talk about';
}

/**
 * The prominent warning at the top of an editor when a private detail, a declined topic, an identifying
 * mix of details or a first-person account of entering, staying or working without permission appears
 * anywhere in it. It never repeats the detail itself, only what kind it is and where.
 */
export function SafeguardingAlert({ texts }: { texts: readonly LabelledText[] }) {
  const { safeguarding } = useChecksSettings();
  const key = JSON.stringify(texts);
  const deferredKey = useDeferredValue(key);
  const found = useMemo(() => {
    const parsed = JSON.parse(deferredKey) as LabelledText[];
    return safeguardingFindings(parsed, safeguarding);
  }, [deferredKey, safeguarding]);
  if (found.length === 0) return null;

  const seen = new Set<string>();
  const items = found.filter(({ finding, where }) => {
    const k = `${where ?? ''}|${finding.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconShieldExclamation aria-hidden />}
      title={titleFor(found)}
      data-testid="safeguarding-alert"
      styles={{
        title: { color: 'var(--mantine-color-text)', fontWeight: 700 },
        message: { color: 'var(--mantine-color-text)' },
      }}
    >
      <List spacing={6} size="sm">
        {items.map(({ finding, where }) => (
          <List.Item key={`${where ?? ''}${finding.id}`}>
            <Text size="sm" fw={600} span>
              {where ? `${where}: ` : ''}
              {finding.message}
            </Text>{' '}
            <Text size="sm" span>
              {finding.suggestion}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
