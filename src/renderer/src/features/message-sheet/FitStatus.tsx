import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { FitReport } from '../../../../shared/features/message-sheet/fit';
import { useNavigation } from '../../app/navigation';
import { fieldScreen } from './fields';

export type FitState =
  | { kind: 'none'; text: string }
  | { kind: 'busy'; text: string }
  | { kind: 'unknown' }
  | { kind: 'error'; title: string; text: string }
  | { kind: 'report'; report: FitReport };

/** Where the preview is: nothing to show, on its way, failed, being measured, or measured (null: not measurable). */
export function fitState({
  hasOptions,
  error,
  updating,
  shown,
  measured,
}: {
  hasOptions: boolean;
  error: string | null;
  updating: boolean;
  shown: boolean;
  measured: FitReport | null | undefined;
}): FitState {
  if (!hasOptions) return { kind: 'none', text: 'Choose at least one quote to see your sheet.' };
  if (error !== null && !updating) return { kind: 'error', title: 'The preview could not be made', text: error };
  if (updating || !shown) return { kind: 'busy', text: 'Updating the preview…' };
  if (measured === undefined) return { kind: 'busy', text: 'Checking that it fits on one page…' };
  return measured === null ? { kind: 'unknown' } : { kind: 'report', report: measured };
}

function Problem({ title, text }: { title: string; text: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconAlertTriangle
        size={20}
        aria-hidden
        style={{ color: 'var(--mantine-color-red-filled)', flex: 'none', marginTop: 2 }}
      />
      <Stack gap={2}>
        <Text fw={700}>{title}</Text>
        <Text>{text}</Text>
      </Stack>
    </Group>
  );
}

/**
 * One live region that stays in place and changes its words (a region added to the page with its text already
 * in it is often not read out): updating, fits, or does not fit and what to shorten.
 */
export function FitStatus({ state, paperLabel }: { state: FitState; paperLabel: string }) {
  const { navigate } = useNavigation();
  const sheet = state.kind === 'report' ? state.report.sheets.find((s) => !s.fits) : undefined;
  const tooLong = state.kind === 'report' && !state.report.fits;
  const bad = tooLong || state.kind === 'error';
  let line: ReactNode;
  if (state.kind === 'none') line = <Text>{state.text}</Text>;
  else if (state.kind === 'busy') {
    line = (
      <Group gap="xs" wrap="nowrap">
        <Loader size="xs" aria-hidden />
        <Text>{state.text}</Text>
      </Group>
    );
  } else if (state.kind === 'unknown') {
    line = <Text>The preview could not be measured. Export checks the page length again when it prints.</Text>;
  } else if (state.kind === 'error') {
    line = <Problem title={state.title} text={state.text} />;
  } else if (tooLong) {
    line = (
      <Problem
        title={`This does not fit on one ${paperLabel} page`}
        text={`${sheet?.message ?? 'Shorten the longest texts.'} Nothing is cut off for you: the preview shows where the page ends.`}
      />
    );
  } else {
    line = (
      <Group gap="xs" wrap="nowrap">
        <IconCheck size={20} aria-hidden style={{ color: 'var(--mantine-color-teal-filled)', flex: 'none' }} />
        <Text>Fits on one {paperLabel} page.</Text>
      </Group>
    );
  }
  return (
    <Paper
      withBorder={bad}
      p={bad ? 'md' : 0}
      radius="md"
      bg="transparent"
      style={bad ? { borderColor: 'var(--mantine-color-red-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <div role="status" aria-live="polite" data-testid="fit-status">
          {line}
        </div>
        {tooLong && sheet && sheet.shorten.length > 0 ? (
          <Group gap="xs">
            {sheet.shorten.map((s) => {
              const where = fieldScreen(s.field);
              return (
                <Button key={s.field} size="xs" variant="default" onClick={() => navigate(where.screen)}>
                  Shorten {s.label} on {where.name}
                </Button>
              );
            })}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
