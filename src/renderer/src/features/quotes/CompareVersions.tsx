import { Group, Loader, Modal, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Quote, QuoteFields } from '../../../../shared/features/quotes/schemas';
import type { RevisionSummary } from '../../../../shared/features/history/schemas';
import { formatWhen } from '../comments/format';
import classes from './Compare.module.css';
import { excerpt } from './labels';
import { fieldsFromSnapshot, QUOTE_WORDINGS } from './quote-texts';
import { WordDiff } from '../../components/WordDiff';
import { useRevisions } from '../history/queries';
import { useChannelQuery } from '../../api/channel-query';

interface Candidate {
  id: string;
  label: string;
  /** Fields of a quote; saved versions are loaded when chosen. */
  fields: QuoteFields | null;
  revisionId?: string;
}

/** A saved version's fields (revisions never change, so each is loaded once). */
function useRevisionFields(revisionId: string | undefined): { fields: QuoteFields | null; loading: boolean } {
  const query = useChannelQuery('revision:get', revisionId ? { id: revisionId } : null);
  return { fields: query.data ? fieldsFromSnapshot(query.data.snapshot) : null, loading: query.loading };
}

function revisionLabel(r: RevisionSummary): string {
  return `Saved ${formatWhen(r.createdAt)}${r.reason === 'status' ? ', before a status change' : ''}`;
}

/**
 * Two versions side by side, then the changes word by word. The versions are this quote now, the approved quote
 * it was made from (or new drafts made from it), and its saved history.
 */
export function CompareVersions({
  opened,
  onClose,
  quote,
  current,
}: {
  opened: boolean;
  onClose(): void;
  quote: Quote;
  current: QuoteFields;
}) {
  const revisions = useRevisions('quote', opened ? quote.id : null);
  // The quotes it came from or led to are looked for only when the comparison is open (the list can be long).
  const related = useChannelQuery('quote:list', opened ? { ambassadorId: quote.ambassadorId } : null).data ?? [];

  const parent = related.find((q) => q.id === quote.parentId);
  const children = related.filter((q) => q.parentId === quote.id);
  const candidates: Candidate[] = [
    { id: 'now', label: 'This quote now', fields: current },
    ...(parent
      ? [
          {
            id: `quote-${parent.id}`,
            label: `The approved quote it came from: “${excerpt(parent.text, 30)}”`,
            fields: parent,
          },
        ]
      : []),
    ...children.map((c) => ({
      id: `quote-${c.id}`,
      label: `A new draft made from it: “${excerpt(c.text, 30)}”`,
      fields: c,
    })),
    ...(revisions.data ?? []).map((r) => ({
      id: `rev-${r.id}`,
      label: revisionLabel(r),
      fields: null,
      revisionId: r.id,
    })),
  ];
  const defaultLeft = candidates[1]?.id ?? 'now';
  const [leftId, setLeftId] = useState<string | null>(null);
  const [rightId, setRightId] = useState<string>('now');
  const leftChoice = candidates.find((c) => c.id === (leftId ?? defaultLeft)) ?? candidates[0]!;
  const rightChoice = candidates.find((c) => c.id === rightId) ?? candidates[0]!;
  const leftSaved = useRevisionFields(opened ? leftChoice.revisionId : undefined);
  const rightSaved = useRevisionFields(opened ? rightChoice.revisionId : undefined);
  const left = { ...leftChoice, fields: leftChoice.revisionId ? leftSaved.fields : leftChoice.fields };
  const right = { ...rightChoice, fields: rightChoice.revisionId ? rightSaved.fields : rightChoice.fields };
  const loading = (leftChoice.revisionId && leftSaved.loading) || (rightChoice.revisionId && rightSaved.loading);

  const options = candidates.map((c) => ({ value: c.id, label: c.label }));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Compare versions"
      size="90%"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        {candidates.length < 2 ? (
          <Text>
            There is only one version so far. Versions appear after edits, status changes, or “Edit as new draft”.
          </Text>
        ) : null}
        <div className={classes.columns}>
          <NativeSelect
            label="Left version"
            data={options}
            value={left.id}
            onChange={(e) => setLeftId(e.currentTarget.value)}
          />
          <NativeSelect
            label="Right version"
            data={options}
            value={right.id}
            onChange={(e) => setRightId(e.currentTarget.value)}
          />
        </div>
        {loading ? (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">Loading that version…</Text>
          </Group>
        ) : null}
        {QUOTE_WORDINGS.map((field) => {
          const a = left.fields ? field.get(left.fields) : null;
          const b = right.fields ? field.get(right.fields) : null;
          if (!a && !b) return null;
          return (
            <Paper key={field.label} withBorder p="md" radius="md" component="section" aria-label={field.label}>
              <Title order={3} size="h5" mb="xs">
                {field.label}
              </Title>
              <div className={classes.columns}>
                <Text size="sm" className={classes.text} data-testid="compare-left">
                  {a ?? 'Not available'}
                </Text>
                <Text size="sm" className={classes.text} data-testid="compare-right">
                  {b ?? 'Not available'}
                </Text>
              </div>
              {a !== null && b !== null ? (
                <Stack gap={4} mt="sm">
                  <Text size="sm" fw={600}>
                    Changes, word by word
                  </Text>
                  <WordDiff before={a} after={b} />
                </Stack>
              ) : null}
            </Paper>
          );
        })}
      </Stack>
    </Modal>
  );
}
