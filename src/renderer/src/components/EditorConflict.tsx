import { useState } from 'react';
import type { Result } from '../api/result';
import { ChangedElsewhere } from './ChangedElsewhere';
import { differing, type ConflictText } from './conflict-texts';
import { notifySuccess } from './notify';
import type { Versioned, VersionedEditor } from './useVersionedEditor';

/** The "changed elsewhere" dialog of one versioned editor, with its three ways out. */
export function EditorConflict<F, P, R extends Versioned>({
  editor,
  what,
  textsOf,
  withTexts,
}: {
  editor: VersionedEditor<F, P, R>;
  what: string;
  /** Every text of the record, labelled, theirs beside mine. */
  textsOf(theirs: F, mine: F): ConflictText[];
  /** Mine with the texts merged by hand written in. */
  withTexts(mine: F, merged: Record<string, string>): F;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { conflict } = editor;
  if (!conflict) return null;

  const saveOnTop = async (fields: F, done: string) => {
    setBusy(true);
    const result: Result<R> = await editor.saveOnTop(fields);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    if (result.ok) notifySuccess(done);
  };

  return (
    <ChangedElsewhere
      key={conflict.theirs.version}
      opened
      what={what}
      texts={differing(textsOf(conflict.theirFields, conflict.mine))}
      busy={busy}
      error={error}
      onTakeTheirs={() => {
        setError(null);
        editor.takeTheirs();
      }}
      onKeepMine={() => void saveOnTop(conflict.mine, 'Your text is saved; the other one is in the history.')}
      onMerge={(merged) =>
        void saveOnTop(withTexts(conflict.mine, merged), 'Your merged text is saved; the other one is in the history.')
      }
    />
  );
}
