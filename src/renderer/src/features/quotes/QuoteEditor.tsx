import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowsDiff, IconHistory, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { QUOTE_TEXT_LIMIT, quoteFieldsSchema, type Quote } from '../../../../shared/features/quotes/schemas';
import { LIMITS } from '../../../../shared/limits';
import { useApi } from '../../api/ApiProvider';
import { notifyError, notifySuccess } from '../../components/notify';
import { SaveStatus } from '../../components/SaveStatus';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { SafeguardingAlert } from '../checks/SafeguardingAlert';
import { CommentedField } from '../comments/CommentedField';
import { CommentsProvider } from '../comments/comments-context';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { CompareVersions } from './CompareVersions';
import { ConsentFields } from './ConsentFields';
import { QuoteLink } from './QuoteLink';
import { QuoteStatusPanel } from './QuoteStatusPanel';
import { QuoteVariants } from './QuoteVariants';
import { useQuoteEditor } from './useQuoteEditor';

export const QUOTE_EDITOR_HEADING_ID = 'quote-editor-heading';

function QuotePreview({ snapshot }: { snapshot: unknown }) {
  const { status: _s, ...rest } = (snapshot ?? {}) as Record<string, unknown>;
  const parsed = quoteFieldsSchema.safeParse(rest);
  if (!parsed.success) return <Text>This version is in an older format and cannot be shown.</Text>;
  const f = parsed.data;
  const rows: Array<[string, string]> = [
    ['Quote', f.text],
    ['Press release version', f.variants.pressRelease],
    ['Broadcast soundbite', f.variants.soundbite],
    ['Social post', f.variants.social],
    ['Outlet', f.outlet],
    ['Occasion', f.occasion],
  ];
  return (
    <Stack gap={6}>
      {rows
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <Text key={label} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{label}:</strong> {value}
          </Text>
        ))}
      {rows.every(([, value]) => !value.trim()) ? <Text size="sm">This version was empty.</Text> : null}
    </Stack>
  );
}

/**
 * One quote: the safeguarding warning on top, its status and moves, the link to a key message, the context,
 * the quote with live checks and counts, its three versions, and consent. Approved, in-review and retired
 * quotes are read-only here (the backend refuses changes too); consent stays editable in every status.
 */
export function QuoteEditor({
  quote,
  houses,
  related,
  focusOnMount,
  onOpenQuote,
  onRestored,
}: {
  quote: Quote;
  houses: MessageHouse[];
  /** The ambassador's other quotes, for comparing with the quote this one came from. */
  related: Quote[];
  focusOnMount?: boolean;
  onOpenQuote(id: string): void;
  onRestored(): void;
}) {
  const api = useApi();
  const editor = useQuoteEditor(quote);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [compareOpen, setCompareOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { values } = editor;
  const locked = quote.status !== 'draft';

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const openHistory = async () => {
    await editor.autosave.flush();
    setHistoryOpen(true);
  };
  const openCompare = async () => {
    await editor.autosave.flush();
    setCompareOpen(true);
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this draft?',
      children: <Text>The draft and any comments on it are removed from your list.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        const result = await api['quote:delete']({ id: quote.id });
        if (!result.ok) {
          notifyError(result.error, 'The draft was not deleted');
          return;
        }
        onOpenQuote('');
        notifySuccess('The draft was deleted.');
      },
    });

  return (
    <CommentsProvider targetType="quote" targetId={quote.id}>
      <Stack gap="lg" onBlur={() => void editor.autosave.flush()} component="section" aria-labelledby={QUOTE_EDITOR_HEADING_ID}>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} id={QUOTE_EDITOR_HEADING_ID} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {quote.parentId && quote.status === 'draft' ? 'New draft of an approved quote' : 'Quote'}
          </Title>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconHistory size={18} aria-hidden />} onClick={() => void openHistory()}>
              History
            </Button>
            <Button variant="default" leftSection={<IconArrowsDiff size={18} aria-hidden />} onClick={() => void openCompare()}>
              Compare versions
            </Button>
            {quote.status === 'draft' ? (
              <Button variant="default" leftSection={<IconTrash size={18} aria-hidden />} onClick={confirmDelete}>
                Delete draft
              </Button>
            ) : null}
          </Group>
        </Group>
        <Paper
          withBorder
          px="md"
          py="xs"
          radius="md"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 64px) + 8px)', zIndex: 5 }}
        >
          <SaveStatus state={editor.autosave.state} />
        </Paper>
        <SafeguardingAlert
          texts={[
            { label: 'Quote', text: values.text },
            { label: 'Press release version', text: values.variants.pressRelease },
            { label: 'Broadcast soundbite', text: values.variants.soundbite },
            { label: 'Social post', text: values.variants.social },
            { label: 'Outlet', text: values.outlet },
            { label: 'Occasion', text: values.occasion },
          ]}
        />
        <QuoteStatusPanel quote={quote} beforeChange={() => editor.autosave.flush()} onOpenQuote={onOpenQuote} />
        <QuoteLink editor={editor} houses={houses} readOnly={locked} />
        <Group grow align="flex-start" gap="md">
          <CommentedField field="outlet" label="Outlet">
            <TextInput
              label="Outlet"
              description="Where it may appear, for example “Radio Leeds”."
              value={values.outlet}
              onChange={(event) => editor.set('outlet', event.currentTarget.value)}
              readOnly={locked}
              error={editor.errors.outlet}
              maxLength={LIMITS.shortText * 2}
              autoComplete="off"
            />
          </CommentedField>
          <CommentedField field="occasion" label="Occasion">
            <TextInput
              label="Occasion"
              description="For example “International Migrants Day press release”."
              value={values.occasion}
              onChange={(event) => editor.set('occasion', event.currentTarget.value)}
              readOnly={locked}
              error={editor.errors.occasion}
              maxLength={LIMITS.shortText * 2}
              autoComplete="off"
            />
          </CommentedField>
        </Group>
        <CommentedField field="text" label="Quote">
          <CheckedTextarea
            label="Quote"
            description={
              locked
                ? 'This text is locked. Only the consent notes can change now.'
                : 'Add a feeling, an opinion or a human detail; do not repeat the facts. 20 words or fewer is ideal, in one to three sentences.'
            }
            value={values.text}
            onChange={(value) => editor.set('text', value)}
            readOnly={locked}
            length={{ kind: 'press' }}
            error={editor.errors.text}
            maxLength={QUOTE_TEXT_LIMIT * 2}
            minRows={3}
            testId="quote-text"
          />
        </CommentedField>
        <QuoteVariants editor={editor} readOnly={locked} />
        <ConsentFields editor={editor} />
      </Stack>
      <HistoryDrawer
        entityType="quote"
        entityId={quote.id}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        renderPreview={(snapshot) => <QuotePreview snapshot={snapshot} />}
        note="Only a draft can be restored. For an approved quote, use “Edit as new draft” first."
        onRestored={async () => {
          onRestored();
        }}
      />
      <CompareVersions opened={compareOpen} onClose={() => setCompareOpen(false)} quote={quote} current={values} related={related} />
    </CommentsProvider>
  );
}
