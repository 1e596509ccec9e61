import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import classes from './ChangedElsewhere.module.css';
import type { ConflictText } from './conflict-texts';
import { WordDiff } from './WordDiff';

export interface ChangedElsewhereProps {
  opened: boolean;
  /** "quote", "Message House": what was changed. */
  what: string;
  texts: ConflictText[];
  busy: boolean;
  error: string | null;
  onTakeTheirs(): void;
  onKeepMine(): void;
  /** The merged texts by key; everything else stays as mine. */
  onMerge(merged: Record<string, string>): void;
}

function Side({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      <Text size="sm" className={classes.text} data-testid={testId}>
        {text || '(empty)'}
      </Text>
    </Stack>
  );
}

/**
 * "Changed elsewhere": the same record was saved in another window while this one had unsaved text. Autosave
 * has stopped; nothing is saved until the person chooses. Both texts are shown with the words that differ, and
 * every choice keeps what it replaces: "Keep mine" and "Merge by hand" put their text into the history first.
 */
export function ChangedElsewhere(props: ChangedElsewhereProps) {
  const { opened, what, texts, busy, error } = props;
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState<Record<string, string>>({});
  const startMerge = () => {
    setMerged(Object.fromEntries(texts.map((t) => [t.key, t.mine])));
    setMerging(true);
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      size="xl"
      title={`This ${what} was changed elsewhere`}
    >
      <Stack gap="md">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {`While you were typing, this ${what} was saved in another window. Your text is not saved yet, and nothing is lost: choose which text to keep. The text you replace goes into the history.`}
        </Alert>
        {texts.length === 0 ? (
          <Text>The texts are the same; other details (such as a choice or the order) differ.</Text>
        ) : null}
        {texts.map((t) => (
          <Paper key={t.key} withBorder p="md" radius="md" component="section" aria-label={t.label}>
            <Title order={3} size="h5" mb="xs">
              {t.label}
            </Title>
            <div className={classes.columns}>
              <Side title="Saved elsewhere (theirs)" text={t.theirs} testId="conflict-theirs" />
              {merging ? (
                <Textarea
                  label={`Your merged text: ${t.label}`}
                  value={merged[t.key] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setMerged((m) => ({ ...m, [t.key]: value }));
                  }}
                  autosize
                  minRows={3}
                />
              ) : (
                <Side title="Yours, not saved (mine)" text={t.mine} testId="conflict-mine" />
              )}
            </div>
            {merging ? null : (
              <Stack gap={4} mt="sm">
                <Text size="sm" fw={600}>
                  From theirs to yours, word by word
                </Text>
                <WordDiff before={t.theirs} after={t.mine} />
              </Stack>
            )}
          </Paper>
        ))}
        {error ? (
          <Text role="alert" style={{ color: 'var(--mantine-color-error)' }}>
            {error}
          </Text>
        ) : null}
        {merging ? (
          <Group>
            <Button onClick={() => props.onMerge(merged)} loading={busy}>
              Save merged text
            </Button>
            <Button variant="default" onClick={() => setMerging(false)} disabled={busy}>
              Back to the choice
            </Button>
          </Group>
        ) : (
          <Group>
            <Button variant="default" onClick={props.onTakeTheirs} disabled={busy}>
              Take theirs
            </Button>
            {/* Focus starts here, not on "Take theirs": Enter must never discard unsaved text. */}
            <Button onClick={props.onKeepMine} loading={busy} data-autofocus>
              Keep mine as a new revision
            </Button>
            <Button variant="default" onClick={startMerge} disabled={busy || texts.length === 0}>
              Merge by hand
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
