import { Text, VisuallyHidden } from '@mantine/core';
import classes from './WordDiff.module.css';
import { wordDiff } from './word-diff';

/**
 * The changes from one text to another, word by word: removed words struck through, added ones underlined, each
 * announced as "removed:" / "added:" so the difference does not rest on colour alone.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = wordDiff(before, after);
  if (parts.length === 0) return <Text size="sm">Both are empty.</Text>;
  if (parts.every((p) => p.kind === 'same')) return <Text size="sm">No changes.</Text>;
  return (
    <Text size="sm" className={classes.text}>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i} className={classes.removed}>
            <VisuallyHidden component="span">removed: </VisuallyHidden>
            {p.text}
          </del>
        ) : (
          <ins key={i} className={classes.added}>
            <VisuallyHidden component="span">added: </VisuallyHidden>
            {p.text}
          </ins>
        ),
      )}
    </Text>
  );
}
