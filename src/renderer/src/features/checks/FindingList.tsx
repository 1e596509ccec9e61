import { Anchor, Group, Text } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { Finding, Severity } from '../../../../shared/checks';
import classes from './Checks.module.css';

const SEVERITY: Record<Severity, { label: string; Icon: typeof IconInfoCircle; color: string }> = {
  strong: { label: 'Important', Icon: IconAlertOctagon, color: 'var(--mantine-color-red-8)' },
  warning: { label: 'Check', Icon: IconAlertTriangle, color: 'var(--mantine-color-orange-8)' },
  info: { label: 'Tip', Icon: IconInfoCircle, color: 'var(--mantine-color-indigo-6)' },
};

/** Each finding: a one-line reason, a suggestion and, when it is about some words, a way to find them. */
export function FindingList({
  findings,
  label,
  onShow,
}: {
  findings: readonly Finding[];
  /** Names the list for screen readers, e.g. "Notes on Umbrella message". */
  label: string;
  onShow?: (finding: Finding) => void;
}) {
  if (findings.length === 0) return null;
  return (
    <ul className={classes.findings} aria-label={label} data-testid="findings">
      {findings.map((f) => {
        const { label: severity, Icon, color } = SEVERITY[f.severity];
        return (
          <li key={f.id} className={classes.finding} data-severity={f.severity} data-kind={f.kind}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Icon size={18} aria-hidden style={{ color, flexShrink: 0, marginTop: 2 }} />
              <div>
                <Text size="sm" fw={600}>
                  {`${severity}: ${f.message}`}
                </Text>
                <Text size="sm">Suggestion: {f.suggestion}</Text>
                {onShow && f.start !== undefined ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => onShow(f)}>
                    Show in text
                  </Anchor>
                ) : null}
              </div>
            </Group>
          </li>
        );
      })}
    </ul>
  );
}
