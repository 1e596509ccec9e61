import { Group, Stack, Title, type MantineSpacing } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { SaveStatusBar } from './SaveStatus';
import type { AutosaveState } from './useAutosave';

export interface EditorHeading {
  /** The h2's id; the editor's section is named by it. */
  id: string;
  title: ReactNode;
  /** Moves focus to the heading when the editor appears because the person opened it, so it is announced. */
  focusOnMount?: boolean;
  /** Buttons beside the heading (History, Delete…). */
  actions?: ReactNode;
}

interface EditorFrameProps {
  autosave: { state: AutosaveState; flush(): Promise<void> };
  /** Left out where the page's own h1 already names what is edited (the profile). */
  heading?: EditorHeading;
  gap?: MantineSpacing;
  /**
   * Set when the record cannot be edited at all (it needs repair): this note is shown above the fields, and
   * every field is disabled, so what could be read stays readable and nothing is typed that cannot be saved.
   */
  blocked?: ReactNode;
  children: ReactNode;
}

function EditorTitle({ id, title, focusOnMount, actions }: EditorHeading) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Title order={2} id={id} ref={ref} tabIndex={-1} style={{ outlineOffset: 4 }}>
        {title}
      </Title>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}

/**
 * What every autosaving editor shares: its heading with the buttons beside it, the saved state pinned in view,
 * and a save as soon as focus leaves a field, so moving on never waits for the typing pause.
 */
export function EditorFrame({ autosave, heading, gap = 'lg', blocked, children }: EditorFrameProps) {
  return (
    <Stack
      gap={gap}
      onBlur={() => void autosave.flush()}
      component={heading ? 'section' : 'div'}
      aria-labelledby={heading?.id}
    >
      {heading ? <EditorTitle {...heading} /> : null}
      <SaveStatusBar state={autosave.state} />
      {blocked ? (
        <>
          {blocked}
          <fieldset disabled style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap={gap}>{children}</Stack>
          </fieldset>
        </>
      ) : (
        children
      )}
    </Stack>
  );
}
