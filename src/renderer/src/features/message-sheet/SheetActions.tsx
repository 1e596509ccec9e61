import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { FailureAlert } from '../../components/FailureAlert';
import type { SheetActions as Actions } from './useSheetActions';

/**
 * Export, copy and (when there is no PDF printer) the browser's print, with the status line they share and
 * what went wrong. `ready`: a current preview is on screen; `blocked`: the safeguarding check is not settled.
 */
export function SheetActions({
  actions,
  ready,
  blocked,
  hasPreview,
}: {
  actions: Actions;
  ready: boolean;
  blocked: boolean;
  hasPreview: boolean;
}) {
  const { actionError, busy } = actions;
  // A working button shows its loader rather than looking disabled; the others wait for it.
  const unavailable = (working: boolean) => !ready || blocked || (busy && !working);
  const tooLarge = actionError?.error.code === 'TOO_LARGE' ? (actionError.error.issues ?? []) : [];
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          leftSection={<IconFileDownload size={18} aria-hidden />}
          onClick={() => void actions.exportPdf()}
          loading={actions.exporting}
          disabled={unavailable(actions.exporting)}
        >
          Export PDF
        </Button>
        <Button
          variant="default"
          leftSection={actions.copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
          onClick={() => void actions.copyText()}
          loading={actions.copying}
          disabled={unavailable(actions.copying)}
        >
          {actions.copied ? 'Copied' : 'Copy as text'}
        </Button>
        {actionError?.offerPrint || actions.printable ? (
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            onClick={actions.printWithBrowser}
            disabled={!hasPreview}
          >
            Print preview with the browser
          </Button>
        ) : null}
      </Group>
      {blocked ? (
        <Text size="sm">Saving and copying are paused until the safeguarding check above is settled.</Text>
      ) : null}
      <Text role="status" aria-live="polite" data-testid="sheet-status">
        {actions.status}
      </Text>
      {actionError ? (
        <FailureAlert
          title={actionError.title}
          message={actionError.error.message}
          details={tooLarge.map((issue) => issue.message)}
        >
          {actionError.offerPrint ? (
            <Text>
              You can still make the PDF: press “Print preview with the browser” and choose “Save as PDF”. It prints the
              same sheet.
            </Text>
          ) : null}
        </FailureAlert>
      ) : null}
    </Stack>
  );
}
