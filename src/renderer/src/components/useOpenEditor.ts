import { useState } from 'react';
import { useOpenItem, type OpenItemKind } from '../app/open-item';

export interface OpenEditor {
  /** The item open below the list (remembered for the session), or null. */
  openId: string | null;
  /** Opens an item (null or '' closes it); its editor then takes focus. */
  open(id: string | null): void;
  /** Whether this item's editor should take focus: only when it was just opened, not after a reload. */
  justOpened(id: string): boolean;
  /** The editor's React key: a restore from history bumps it, so the editor starts again from the restored text. */
  editorKey(id: string): string;
  restored(): void;
}

/** The open item of a list screen (Key messages, Press quotes) and what its editor needs around it. */
export function useOpenEditor(kind: OpenItemKind, ambassadorId: string | null): OpenEditor {
  const [openId, setOpenId] = useOpenItem(kind, ambassadorId);
  const [opened, setOpened] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  return {
    openId,
    open: (id) => {
      setOpened(id || null);
      setOpenId(id || null);
    },
    justOpened: (id) => opened === id,
    editorKey: (id) => `${id}:${version}`,
    restored: () => setVersion((v) => v + 1),
  };
}
