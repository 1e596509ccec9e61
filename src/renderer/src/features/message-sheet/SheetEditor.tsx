import { Grid, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SheetChoices } from '../../../../shared/features/message-sheet/api';
import { FitStatus, fitState } from './FitStatus';
import { GatePanel } from './GatePanel';
import { useSheetPreview } from './queries';
import { reconcileSelection, saveSelection, toSheetOptions, loadSelection, type SheetSelection } from './selection';
import { SheetActions } from './SheetActions';
import { SheetFrame, type FitResult } from './SheetFrame';
import { PAPER_LABELS, SheetOptionsPanel } from './SheetOptionsPanel';
import { useSheetActions } from './useSheetActions';

/** The person's choices, remembered for the session and kept to what the latest choices still offer. */
function useSelection(ambassadorId: string, choices: SheetChoices): [SheetSelection, (next: SheetSelection) => void] {
  const [selection, setSelection] = useState<SheetSelection>(() =>
    reconcileSelection(choices, loadSelection(ambassadorId)),
  );
  const [seenChoices, setSeenChoices] = useState(choices);
  if (seenChoices !== choices) {
    // New choices (after a confirmation, or a reload): keep what still applies, drop what no longer does.
    setSeenChoices(choices);
    setSelection(reconcileSelection(choices, selection));
  }
  useEffect(() => saveSelection(ambassadorId, selection), [ambassadorId, selection]);
  return [selection, setSelection];
}

/** Options on one side, the live preview, its checks and the export on the other. */
export function SheetEditor({ ambassadorId, choices }: { ambassadorId: string; choices: SheetChoices }) {
  const [selection, setSelection] = useSelection(ambassadorId, choices);
  const options = useMemo(() => toSheetOptions(selection), [selection]);
  const preview = useSheetPreview(ambassadorId, options);
  const shown = preview.shown;
  const [fit, setFit] = useState<FitResult | null>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const actions = useSheetActions(ambassadorId, options, { reloadPreview: preview.reload, frameRef });

  const change = (next: SheetSelection) => {
    setSelection(next);
    actions.clear();
  };

  const updating = preview.loading || (shown !== undefined && preview.data === undefined);
  const paperLabel = PAPER_LABELS[selection.paper];
  const state = fitState({
    hasOptions: options !== null,
    error: preview.error?.message ?? null,
    updating,
    shown: shown !== undefined,
    measured: shown && fit?.html === shown.html ? fit.report : undefined,
  });

  const leaveOutQuote = (index: number) => {
    // Finding positions follow the quotes sent with the options, which are the selection's, in order.
    const id = updating ? undefined : selection.quoteIds[index];
    if (id === undefined) return;
    change({ ...selection, quoteIds: selection.quoteIds.filter((q) => q !== id) });
    actions.setStatus(`Quote ${index + 1} is left out of the sheet.`);
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md" component="section" aria-labelledby="sheet-options-heading">
          <Title order={2} size="h3" id="sheet-options-heading">
            What goes on your sheet
          </Title>
          <SheetOptionsPanel choices={choices} selection={selection} onChange={change} />
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md" component="section" aria-labelledby="sheet-preview-heading">
          <Title order={2} size="h3" id="sheet-preview-heading">
            Preview
          </Title>

          <FitStatus state={state} paperLabel={paperLabel} />

          {shown && options !== null ? (
            <GatePanel
              findings={shown.findings}
              confirmations={choices.confirmations}
              busy={actions.busy}
              onLeaveOutQuote={leaveOutQuote}
              onConfirm={actions.confirmFinding}
              onRevoke={(c) => void actions.revoke(c)}
            />
          ) : null}

          <SheetActions
            actions={actions}
            ready={options !== null && shown !== undefined && !updating}
            blocked={shown?.blocked ?? false}
            hasPreview={shown !== undefined}
          />

          {shown && options !== null ? (
            <SheetFrame
              html={shown.html}
              widthMm={shown.page.widthMm}
              heightMm={shown.page.heightMm}
              printable={actions.printable}
              frameRef={frameRef}
              onMeasured={setFit}
            />
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
