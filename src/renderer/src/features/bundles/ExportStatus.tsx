import { Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { BundleExport } from '../../../../shared/features/bundles/schemas';
import type { AppErrorShape, Result } from '../../api/result';
import { FailureAlert } from '../../components/FailureAlert';
import { describeBundleOutcomes, receiveBundle } from './deliver';

export interface ExportStatus {
  /** Takes an export's answer: downloads or reads each file and says in one line what happened. */
  finish(result: Result<BundleExport>): void;
  clear(): void;
  line: string;
  error: AppErrorShape | null;
}

export function useExportStatus(): ExportStatus {
  const [line, setLine] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const finish = useCallback((result: Result<BundleExport>) => {
    setError(result.ok ? null : result.error);
    setLine(result.ok ? describeBundleOutcomes(result.value.files.map(receiveBundle)) : '');
  }, []);
  const clear = useCallback(() => {
    setLine('');
    setError(null);
  }, []);
  return { finish, clear, line, error };
}

/** The one-line result of an export (announced politely), or why it was not written (announced at once). */
export function ExportStatusLine({
  status,
  busy,
  failedTitle,
  testId,
}: {
  status: ExportStatus;
  busy: boolean;
  failedTitle: string;
  testId: string;
}) {
  return (
    <>
      <Text role="status" aria-live="polite" data-testid={testId}>
        {busy ? 'Writing and encrypting the file…' : status.line}
      </Text>
      {status.error && !busy ? (
        <FailureAlert
          title={status.error.code === 'NOT_SAVED' ? 'The file was not saved' : failedTitle}
          message={status.error.message}
          details={status.error.issues?.map((issue) => issue.message)}
        />
      ) : null}
    </>
  );
}
