/**
 * Imports chosen bundles one `bundle:import` call per file, so the page can say which file it is on and a bad
 * file cannot spoil the good ones. A bundle for a cohort this laptop does not have is only imported after the
 * person has said yes to adding that cohort.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../../shared/features/bundles/schemas';
import { useApi } from '../../api/ApiProvider';
import { readBundleFile, type BundleFile } from './read-file';

export interface ImportProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The name of the file being imported now. */
  current: string;
}

/** The question asked before a bundle may add a cohort to this laptop. */
export interface OtherCohortQuestion {
  file: string;
  cohort: { id: string; name: string };
}

export interface BundleImport {
  importFiles(files: File[], passphrase: string): Promise<void>;
  running: boolean;
  progress: ImportProgress | null;
  /** One report per file, in the order they were chosen. */
  reports: ImportReport[];
  question: OtherCohortQuestion | null;
  answer(addCohort: boolean): void;
}

type Answer = (addCohort: boolean) => void;

export function useBundleImport(): BundleImport {
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [question, setQuestion] = useState<OtherCohortQuestion | null>(null);
  const pendingAnswer = useRef<Answer | null>(null);

  // Leaving the page while the question is open is a "no": nothing is added that nobody agreed to.
  useEffect(() => () => pendingAnswer.current?.(false), []);

  const ask = useCallback(
    (asked: OtherCohortQuestion) =>
      new Promise<boolean>((resolve) => {
        pendingAnswer.current = resolve;
        setQuestion(asked);
      }),
    [],
  );

  const answer = useCallback((addCohort: boolean) => {
    const resolve = pendingAnswer.current;
    pendingAnswer.current = null;
    setQuestion(null);
    resolve?.(addCohort);
  }, []);

  const importOne = useCallback(
    async (file: BundleFile, passphrase: string): Promise<ImportReport> => {
      const call = async (acceptOtherCohort?: true): Promise<ImportReport> => {
        const result = await api['bundle:import']({
          file,
          passphrase,
          ...(acceptOtherCohort ? { acceptOtherCohort } : {}),
        });
        // A failed call (a refused passphrase, lost contact) is that file's refusal line; the next file still runs.
        return result.ok ? result.value : { file: file.name, outcome: 'refused', reason: result.error.message };
      };
      const first = await call();
      if (first.outcome !== 'refused' || !first.otherCohort) return first;
      const cohort = first.otherCohort;
      if (await ask({ file: file.name, cohort })) return call(true);
      return {
        file: file.name,
        outcome: 'refused',
        reason: `Not imported: you chose not to add the cohort “${cohort.name}” to this laptop.`,
      };
    },
    [api, ask],
  );

  const importFiles = useCallback(
    async (files: File[], passphrase: string) => {
      if (files.length === 0) return;
      setRunning(true);
      setReports([]);
      const finished: ImportReport[] = [];
      try {
        for (const [index, chosen] of files.entries()) {
          setProgress({ done: index, total: files.length, current: chosen.name });
          const read = await readBundleFile(chosen);
          finished.push(
            read.ok
              ? await importOne(read.file, passphrase)
              : { file: chosen.name, outcome: 'refused', reason: read.reason },
          );
          setReports([...finished]);
        }
      } finally {
        setProgress(null);
        setRunning(false);
      }
    },
    [importOne],
  );

  return { importFiles, running, progress, reports, question, answer };
}
