import { Button, Group, TextInput } from '@mantine/core';
import { IconArrowsDiff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { QUOTE_TEXT_LIMIT, type Quote } from '../../../../shared/features/quotes/schemas';
import { LIMITS } from '../../../../shared/limits';
import { useApi } from '../../api/ApiProvider';
import { confirmDanger } from '../../components/confirmDanger';
import { EditorConflict } from '../../components/EditorConflict';
import { EditorFrame } from '../../components/EditorFrame';
import { notifyError } from '../../components/notify';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { SafeguardingAlert } from '../checks/SafeguardingAlert';
import { CommentedField } from '../comments/CommentedField';
import { CommentsProvider } from '../comments/comments-context';
import { HistoryButton } from '../history/HistoryButton';
import { CompareVersions } from './CompareVersions';
import { quoteConflictTexts, withQuoteTexts } from './conflict-texts';
import { ConsentFields } from './ConsentFields';
import { QUOTE_TEXTS } from './quote-texts';
import { QuoteLink } from './QuoteLink';
import { QuotePreview } from './QuotePreview';
import { QuoteStatusPanel } from './QuoteStatusPanel';
import { QuoteVariants } from './QuoteVariants';
import { useQuoteEditor } from './useQuoteEditor';
import { notifyMovedToTrash } from '../trash/notifyMovedToTrash';
import { NeedsRepairNote } from '../repair/NeedsRepairNote';

export const QUOTE_EDITOR_HEADING_ID = 'quote-editor-heading';

/** Where the quote is meant to appear: two short fields side by side. */
const PLACE_FIELDS = [
  { key: 'outlet', label: 'Outlet', description: 'Where it may appear, for example “Radio Leeds”.' },
  { key: 'occasion', label: 'Occasion', description: 'For example “International Migrants Day press release”.' },
] as const;

/**
 * One quote: the safeguarding warning on top, its status and moves, the link to a key message, the context,
 * the quote with live checks and counts, its three versions, and consent. Approved, in-review and retired
 * quotes are read-only here (the backend refuses changes too); consent stays editable in every status.
 */
export function QuoteEditor({
  quote,
  houses,
  focusOnMount,
  onOpenQuote,
  onRestored,
}: {
  quote: Quote;
  houses: MessageHouse[];
  focusOnMount?: boolean;
  onOpenQuote(id: string): void;
  onRestored(): void;
}) {
  const api = useApi();
  const editor = useQuoteEditor(quote);
  const [compareOpen, setCompareOpen] = useState(false);
  const { values } = editor;
  const locked = quote.status !== 'draft';

  const openCompare = async () => {
    await editor.autosave.flush();
    setCompareOpen(true);
  };

  const deleteDraft = async () => {
    const result = await api['quote:delete']({ id: quote.id });
    if (!result.ok) {
      notifyError(result.error, 'The draft was not deleted');
      return;
    }
    onOpenQuote('');
    notifyMovedToTrash(api, 'The draft', result.value.trashId);
  };

  const actions = (
    <>
      <HistoryButton
        beforeOpen={editor.autosave.flush}
        entityType="quote"
        entityId={quote.id}
        renderPreview={(snapshot) => <QuotePreview snapshot={snapshot} />}
        note="Only a draft can be restored. For an approved quote, use “Edit as new draft” first."
        onRestored={onRestored}
      />
      <Button
        variant="default"
        leftSection={<IconArrowsDiff size={18} aria-hidden />}
        onClick={() => void openCompare()}
      >
        Compare versions
      </Button>
      {quote.status === 'draft' ? (
        <Button
          variant="default"
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() =>
            confirmDanger({
              title: 'Delete this draft?',
              text: 'The draft and any comments on it go to the Trash. You can put them back for 30 days.',
              confirm: 'Delete',
              onConfirm: () => void deleteDraft(),
            })
          }
        >
          Delete draft
        </Button>
      ) : null}
    </>
  );

  return (
    <CommentsProvider targetType="quote" targetId={quote.id}>
      <EditorFrame
        autosave={editor.autosave}
        blocked={quote.needsRepair ? <NeedsRepairNote needsRepair={quote.needsRepair} what="quote" /> : undefined}
        heading={{
          id: QUOTE_EDITOR_HEADING_ID,
          title: quote.parentId && quote.status === 'draft' ? 'New draft of an approved quote' : 'Quote',
          focusOnMount,
          actions,
        }}
      >
        <SafeguardingAlert texts={QUOTE_TEXTS.map((t) => ({ label: t.label, text: t.get(values) }))} />
        <QuoteStatusPanel quote={quote} shown={values} beforeChange={editor.autosave.flush} onOpenQuote={onOpenQuote} />
        <QuoteLink editor={editor} houses={houses} readOnly={locked} />
        <Group grow align="flex-start" gap="md">
          {PLACE_FIELDS.map(({ key, label, description }) => (
            <CommentedField key={key} field={key} label={label}>
              <TextInput
                label={label}
                description={description}
                value={values[key]}
                onChange={(event) => editor.set(key, event.currentTarget.value)}
                readOnly={locked}
                error={editor.errors[key]}
                maxLength={LIMITS.shortText * 2}
                autoComplete="off"
              />
            </CommentedField>
          ))}
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
      </EditorFrame>
      <EditorConflict editor={editor} what="quote" textsOf={quoteConflictTexts} withTexts={withQuoteTexts} />
      <CompareVersions opened={compareOpen} onClose={() => setCompareOpen(false)} quote={quote} current={values} />
    </CommentsProvider>
  );
}
