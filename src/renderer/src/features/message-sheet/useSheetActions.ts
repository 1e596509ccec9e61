import { useEffect, useState, type RefObject } from 'react';
import type { SheetConfirmation } from '../../../../shared/features/message-sheet/api';
import { KIND_LABELS, type GateFinding } from '../../../../shared/features/message-sheet/gate';
import type { SheetOptions } from '../../../../shared/features/message-sheet/options';
import { useChannelMutation } from '../../api/channel-query';
import type { AppErrorShape } from '../../api/result';
import { describeSave, failedToSave, receivePdf } from './save-pdf';

export interface ActionError {
  title: string;
  error: AppErrorShape;
  /** The PDF printer is missing here: offer the browser's own print of the preview. */
  offerPrint: boolean;
}

const COPIED_FOR_MS = 2500;

const NO_CLIPBOARD: AppErrorShape = {
  code: 'UNSUPPORTED',
  message: 'This window could not use the clipboard. Click into the window and try again.',
};

/**
 * What can be done with the sheet on screen (export, copy, print with the browser, settle the safeguarding
 * check) and the one status line and error they share. Confirmations refresh the choices and the preview by
 * themselves: both read the sheet data a confirmation changes.
 */
export function useSheetActions(
  ambassadorId: string,
  options: SheetOptions | null,
  { reloadPreview, frameRef }: { reloadPreview(): Promise<void>; frameRef: RefObject<HTMLIFrameElement | null> },
) {
  const exporting = useChannelMutation('sheet:export');
  const copying = useChannelMutation('sheet:text');
  const confirming = useChannelMutation('sheet:confirmPrivateItem');
  const revoking = useChannelMutation('sheet:revokeConfirmation');
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<ActionError | null>(null);
  const [copied, setCopied] = useState(false);
  // Once the PDF printer is found missing, the preview frame allows the browser's print dialog from then on.
  const [printable, setPrintable] = useState(false);

  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const fail = (title: string, error: AppErrorShape, offerPrint = false) =>
    setActionError({ title, error, offerPrint });
  const clear = (nextStatus = '') => {
    setActionError(null);
    setStatus(nextStatus);
  };

  const exportPdf = async () => {
    if (!options) return;
    clear('Making your PDF…');
    const made = await exporting.run({ ambassadorId, options });
    if (made.ok) {
      setStatus(describeSave(receivePdf(made.value), 'Your message sheet'));
      return;
    }
    setStatus('');
    // No PDF printer here: offer the browser's own print.
    const noPrinter = made.error.code === 'UNSUPPORTED';
    fail(failedToSave(made.error) ? 'Your PDF was not saved' : 'Your PDF was not made', made.error, noPrinter);
    if (noPrinter) setPrintable(true);
    // A refusal by the safeguarding check: show its findings.
    if (made.error.code === 'CONFLICT') void reloadPreview();
  };

  const copyText = async () => {
    if (!options) return;
    clear();
    const text = await copying.run({ ambassadorId, options });
    if (!text.ok) {
      fail('Nothing was copied', text.error);
      return;
    }
    try {
      await navigator.clipboard.writeText(text.value);
      setCopied(true);
      setStatus('Copied the sheet as text. Paste it into an email.');
    } catch {
      fail('Nothing was copied', NO_CLIPBOARD);
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
    const result = await confirming.run({ ambassadorId, options, findingId: finding.id });
    if (!result.ok) {
      fail('That was not recorded', result.error);
      return false;
    }
    setStatus(
      `Recorded: ${finding.label} may be printed with ${KIND_LABELS[finding.kind]} in it. You can undo this below.`,
    );
    return true;
  };

  const revoke = async (confirmation: SheetConfirmation) => {
    const result = await revoking.run({ id: confirmation.id });
    if (!result.ok) {
      fail('That was not undone', result.error);
      return;
    }
    setStatus(`Undone: ${confirmation.label} will be checked again before the sheet is shared.`);
  };

  return {
    exporting: exporting.busy,
    copying: copying.busy,
    busy: exporting.busy || copying.busy || confirming.busy || revoking.busy,
    status,
    setStatus,
    actionError,
    clear,
    copied,
    printable,
    exportPdf,
    copyText,
    printWithBrowser,
    confirmFinding,
    revoke,
  };
}

export type SheetActions = ReturnType<typeof useSheetActions>;
