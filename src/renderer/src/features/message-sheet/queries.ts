/**
 * Data for the Message sheet screen: the choices for the current ambassador, the live (debounced) preview,
 * and the press pack export with its progress. The choices and preview are ordinary channel answers, kept
 * fresh by the topics their channels read (profile, cohort, houses, quotes, confirmations).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import type {
  PackExport,
  PackProgress,
  SheetChoices,
  SheetPreview,
} from '../../../../shared/features/message-sheet/api';
import type { PackOptions, SheetOptions } from '../../../../shared/features/message-sheet/options';
import { useApi } from '../../api/ApiProvider';
import { useChannelMutation, useChannelQuery, type ChannelQuery } from '../../api/channel-query';
import type { Result } from '../../api/result';

export function useSheetChoices(ambassadorId: string | null): ChannelQuery<SheetChoices> {
  return useChannelQuery('sheet:options', ambassadorId ? { ambassadorId } : null);
}

/** How long the preview waits after the last change before it asks for a new sheet. */
export const PREVIEW_DELAY_MS = 300;

export interface SheetPreviewQuery extends ChannelQuery<SheetPreview> {
  /** The preview to show: the current one, or the last one for the same ambassador while a newer one loads. */
  shown: SheetPreview | undefined;
  /** True while the options are settling or a preview for them is on its way. */
  updating: boolean;
}

/** The preview for these options, asked for once the options stop changing. */
export function useSheetPreview(
  ambassadorId: string | null,
  options: SheetOptions | null,
  delayMs = PREVIEW_DELAY_MS,
): SheetPreviewQuery {
  const request = ambassadorId && options ? { ambassadorId, options } : null;
  const [settled] = useDebouncedValue(request, delayMs);
  const current = settled !== null && request !== null && JSON.stringify(settled) === JSON.stringify(request);
  const query = useChannelQuery('sheet:preview', current ? settled : null);
  const [last, setLast] = useState<{ ambassadorId: string; preview: SheetPreview } | null>(null);
  if (query.data && ambassadorId && last?.preview !== query.data) setLast({ ambassadorId, preview: query.data });
  const shown =
    query.data ?? (last && last.ambassadorId === ambassadorId && request !== null ? last.preview : undefined);
  return { ...query, shown, updating: request !== null && (!current || query.fetching) };
}

/** How often the press pack's progress is asked for while it renders. */
export const PACK_POLL_MS = 250;

export interface PackExportRun {
  running: boolean;
  progress: PackProgress | null;
  run(cohortId: string, options: PackOptions): Promise<Result<PackExport>>;
}

/** Exports a press pack and polls pack:progress while it renders. */
export function usePackExport(pollMs = PACK_POLL_MS): PackExportRun {
  const api = useApi();
  const { run: exportPack, busy: running } = useChannelMutation('pack:export');
  const [progress, setProgress] = useState<PackProgress | null>(null);

  const run = useCallback(
    async (cohortId: string, options: PackOptions): Promise<Result<PackExport>> => {
      setProgress({ running: true, stage: 'preparing', done: 0, total: 0, message: 'Starting the press pack…' });
      let asking = false;
      let finished = false;
      const poll = async () => {
        if (asking || finished) return;
        asking = true;
        const result = await api['pack:progress']({});
        asking = false;
        // Progress is only a help; the export's own answer decides.
        if (result.ok && result.value.running && !finished) setProgress(result.value);
      };
      const timer = setInterval(() => void poll(), pollMs);
      const result = await exportPack({ cohortId, options });
      finished = true;
      clearInterval(timer);
      setProgress(
        result.ok
          ? {
              running: false,
              stage: 'done',
              done: 1,
              total: 1,
              message: `Press pack ready: ${result.value.pages} pages.`,
            }
          : null,
      );
      return result;
    },
    [api, exportPack, pollMs],
  );

  return { running, progress, run };
}
