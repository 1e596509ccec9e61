import { Alert, Button, Grid, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SheetChoices, SheetConfirmation } from '../../../../shared/features/message-sheet/api';
import { KIND_LABELS, type GateFinding } from '../../../../shared/features/message-sheet/gate';
import { useApi } from '../../api/ApiProvider';
import type { AppErrorShape } from '../../api/result';
import { useNavigation } from '../../app/navigation';
import { fieldScreen } from './fields';
import { GatePanel } from './GatePanel';
import { describeSave, failedToSave, receivePdf } from './save-pdf';
import { reconcileSelection, saveSelection, toSheetOptions, loadSelection, type SheetSelection } from './selection';
import type { FitReport } from '../../../../shared/features/message-sheet/fit';
import { SheetFrame, type FitResult } from './SheetFrame';
import { PAPER_LABELS, SheetOptionsPanel } from './SheetOptionsPanel';
import { useSheetPreview } from './queries';

interface ActionError {
  title: string;
  error: AppErrorShape;
  /** The PDF printer is missing here: offer the browser's own print of the preview. */
  offerPrint: boolean;
}

const COPIED_FOR_MS = 2500;

type FitState =
  | { kind: 'none'; text: string }
  | { kind: 'busy'; text: string }
  | { kind: 'unknown' }
  | { kind: 'error'; title: string; text: string }
  | { kind: 'report'; report: FitReport };

/**
 * One live region that stays in place and changes its words (a region added to the page with its text already
 * in it is often not read out): updating, fits, or does not fit and what to shorten.
 */
function FitStatus({ state, paperLabel }: { state: FitState; paperLabel: string }) {
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
  } else if (state.kind === 'error' || tooLong) {
    line = (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconAlertTriangle
          size={20}
          aria-hidden
          style={{ color: 'var(--mantine-color-red-filled)', flex: 'none', marginTop: 2 }}
        />
        <Stack gap={2}>
          <Text fw={700}>{state.kind === 'error' ? state.title : `This does not fit on one ${paperLabel} page`}</Text>
          <Text>
            {state.kind === 'error'
              ? state.text
              : `${sheet?.message ?? 'Shorten the longest texts.'} Nothing is cut off for you: the preview shows where the page ends.`}
          </Text>
        </Stack>
      </Group>
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

interface SheetEditorProps {
  ambassadorId: string;
  choices: SheetChoices;
  reloadChoices(): Promise<void>;
}

/** Options on one side, the live preview, its checks and the export on the other. */
export function SheetEditor({ ambassadorId, choices, reloadChoices }: SheetEditorProps) {
  const api = useApi();
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

  const options = useMemo(() => toSheetOptions(selection), [selection]);
  const preview = useSheetPreview(ambassadorId, options);
  const shown = preview.shown;
  const [fit, setFit] = useState<FitResult | null>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);

  const [busy, setBusy] = useState<'export' | 'copy' | 'gate' | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<ActionError | null>(null);
  const [copied, setCopied] = useState(false);
  const [printable, setPrintable] = useState(false);

  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const change = (next: SheetSelection) => {
    setSelection(next);
    setActionError(null);
    setStatus('');
  };

  const updating = preview.loading || (shown !== undefined && preview.data === undefined);
  const measured = shown && fit?.html === shown.html ? fit.report : undefined;
  const blocked = shown?.blocked ?? false;
  const paperLabel = PAPER_LABELS[selection.paper];
  const ready = options !== null && shown !== undefined && !updating;
  const fitState: FitState =
    options === null
      ? { kind: 'none', text: 'Choose at least one quote to see your sheet.' }
      : preview.error && !updating
        ? { kind: 'error', title: 'The preview could not be made', text: preview.error.message }
        : updating || !shown
          ? { kind: 'busy', text: 'Updating the preview…' }
          : measured === undefined
            ? { kind: 'busy', text: 'Checking that it fits on one page…' }
            : measured === null
              ? { kind: 'unknown' }
              : { kind: 'report', report: measured };

  const exportPdf = async () => {
    if (!options) return;
    setBusy('export');
    setActionError(null);
    setStatus('Making your PDF…');
    const made = await api['sheet:export']({ ambassadorId, options });
    if (!made.ok) {
      setBusy(null);
      setStatus('');
      const notSaved = failedToSave(made.error);
      // No PDF printer here: offer the browser's own print.
      const noPrinter = made.error.code === 'UNSUPPORTED';
      setActionError({
        title: notSaved ? 'Your PDF was not saved' : 'Your PDF was not made',
        error: made.error,
        offerPrint: noPrinter,
      });
      if (noPrinter) setPrintable(true);
      // A refusal by the safeguarding check: show its findings.
      if (made.error.code === 'CONFLICT') void preview.reload();
      return;
    }
    setBusy(null);
    setStatus(describeSave(receivePdf(made.value), 'Your message sheet'));
  };

  const copyText = async () => {
    if (!options) return;
    setBusy('copy');
    setActionError(null);
    setStatus('');
    const text = await api['sheet:text']({ ambassadorId, options });
    if (!text.ok) {
      setBusy(null);
      setActionError({ title: 'Nothing was copied', error: text.error, offerPrint: false });
      return;
    }
    try {
      await navigator.clipboard.writeText(text.value);
      setCopied(true);
      setStatus('Copied the sheet as text. Paste it into an email.');
    } catch {
      setActionError({
        title: 'Nothing was copied',
        error: {
          code: 'UNSUPPORTED',
          message: 'This window could not use the clipboard. Click into the window and try again.',
        },
        offerPrint: false,
      });
    } finally {
      setBusy(null);
    }
  };

  const printWithBrowser = () => {
    const frame = frameRef.current;
    try {
      frame?.contentWindow?.focus();
      frame?.contentWindow?.print();
      setStatus('Your browser’s print window opened. Choose “Save as PDF” as the printer.');
    } catch {
      setStatus('The print window could not be opened here.');
    }
  };

  const confirmFinding = async (finding: GateFinding): Promise<boolean> => {
    if (!options) return false;
    setBusy('gate');
    const result = await api['sheet:confirmPrivateItem']({ ambassadorId, options, findingId: finding.id });
    setBusy(null);
    if (!result.ok) {
      setActionError({ title: 'That was not recorded', error: result.error, offerPrint: false });
      return false;
    }
    setStatus(
      `Recorded: ${finding.label} may be printed with ${KIND_LABELS[finding.kind]} in it. You can undo this below.`,
    );
    await Promise.all([reloadChoices(), preview.reload()]);
    return true;
  };

  const revoke = async (confirmation: SheetConfirmation) => {
    setBusy('gate');
    const result = await api['sheet:revokeConfirmation']({ id: confirmation.id });
    setBusy(null);
    if (!result.ok) {
      setActionError({ title: 'That was not undone', error: result.error, offerPrint: false });
      return;
    }
    setStatus(`Undone: ${confirmation.label} will be checked again before the sheet is shared.`);
    await Promise.all([reloadChoices(), preview.reload()]);
  };

  const leaveOutQuote = (index: number) => {
    // Finding positions follow the quotes sent with the options, which are the selection's, in order.
    const id = updating ? undefined : selection.quoteIds[index];
    if (id === undefined) return;
    change({ ...selection, quoteIds: selection.quoteIds.filter((q) => q !== id) });
    setStatus(`Quote ${index + 1} is left out of the sheet.`);
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

          <FitStatus state={fitState} paperLabel={paperLabel} />

          {shown && options !== null ? (
            <GatePanel
              findings={shown.findings}
              confirmations={choices.confirmations}
              busy={busy !== null}
              onLeaveOutQuote={leaveOutQuote}
              onConfirm={confirmFinding}
              onRevoke={(c) => void revoke(c)}
            />
          ) : null}

          <Stack gap="xs">
            <Group gap="sm">
              <Button
                leftSection={<IconFileDownload size={18} aria-hidden />}
                onClick={() => void exportPdf()}
                loading={busy === 'export'}
                disabled={!ready || blocked || (busy !== null && busy !== 'export')}
              >
                Export PDF
              </Button>
              <Button
                variant="default"
                leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                onClick={() => void copyText()}
                loading={busy === 'copy'}
                disabled={!ready || blocked || (busy !== null && busy !== 'copy')}
              >
                {copied ? 'Copied' : 'Copy as text'}
              </Button>
              {actionError?.offerPrint || printable ? (
                <Button
                  variant="default"
                  leftSection={<IconPrinter size={18} aria-hidden />}
                  onClick={printWithBrowser}
                  disabled={!shown}
                >
                  Print preview with the browser
                </Button>
              ) : null}
            </Group>
            {blocked ? (
              <Text size="sm">Saving and copying are paused until the safeguarding check above is settled.</Text>
            ) : null}
            <Text role="status" aria-live="polite" data-testid="sheet-status">
              {status}
            </Text>
            {actionError ? (
              <Alert
                color="red"
                title={actionError.title}
                role="alert"
                styles={{ message: { color: 'var(--mantine-color-text)' } }}
              >
                <Stack gap={4}>
                  <Text>{actionError.error.message}</Text>
                  {actionError.offerPrint ? (
                    <Text>
                      You can still make the PDF: press “Print preview with the browser” and choose “Save as PDF”. It
                      prints the same sheet.
                    </Text>
                  ) : null}
                  {actionError.error.code === 'TOO_LARGE' && actionError.error.issues?.length ? (
                    <List spacing={2}>
                      {actionError.error.issues.map((issue) => (
                        <List.Item key={issue.path}>{issue.message}</List.Item>
                      ))}
                    </List>
                  ) : null}
                </Stack>
              </Alert>
            ) : null}
          </Stack>

          {shown && options !== null ? (
            <SheetFrame
              html={shown.html}
              widthMm={shown.page.widthMm}
              heightMm={shown.page.heightMm}
              printable={printable}
              frameRef={frameRef}
              onMeasured={setFit}
            />
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
