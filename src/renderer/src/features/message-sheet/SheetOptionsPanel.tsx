import { Checkbox, NativeSelect, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { NAME_MODES } from '../../../../shared/features/ambassadors/schemas';
import type { SheetChoices } from '../../../../shared/features/message-sheet/api';
import { MAX_SHEET_QUOTES } from '../../../../shared/features/message-sheet/options';
import { PAPERS, type Paper } from '../../../../shared/features/message-sheet/paper';
import { NAME_MODE_LABELS } from '../../components/PublicNameChoice';
import { inProfileOrder, type SheetSelection } from './selection';
import { TopicChoice } from './TopicChoice';

export const PAPER_LABELS: Readonly<Record<Paper, string>> = { A4: 'A4', Letter: 'US Letter' };

interface SheetOptionsPanelProps {
  choices: SheetChoices;
  selection: SheetSelection;
  onChange(next: SheetSelection): void;
}

/** The profile's two topic lists, each offered with its own words. */
const TOPIC_CHOICES = [
  {
    key: 'topicsWelcome',
    label: 'Happy to talk about',
    description: 'Tick the topics journalists may ask you about.',
    none: 'no topics in your profile yet. Add them on your',
  },
  {
    key: 'topicsDeclined',
    label: 'Please don’t ask about',
    description: 'Journalists see these as topics not to raise. Showing them helps protect you.',
    none: 'nothing in your profile yet. You can add topics you would rather not talk about on your',
  },
] as const;

/** "Approved by Sam Okoye on 3 December 2026", the date in the reader's own locale. */
function approvalStamp(q: SheetChoices['approvedQuotes'][number]): string {
  const date = q.approvedAt ? new Date(q.approvedAt) : null;
  const on =
    date && !Number.isNaN(date.getTime()) ? ` on ${date.toLocaleDateString(undefined, { dateStyle: 'long' })}` : '';
  return `Approved${q.approvedBy ? ` by ${q.approvedBy}` : ''}${on}`;
}

function photoReason(photo: SheetChoices['photo']): string {
  if (!photo.consent) return 'Your profile says no to photos, so the sheet has none. That is always fine.';
  if (!photo.hasPhoto) return 'You agreed to a photo, but there is no photo in your profile yet.';
  return 'Shown only because you agreed to a photo in your profile.';
}

/** The choices for one sheet. Only what the profile and the approvals allow is offered. */
export function SheetOptionsPanel({ choices, selection, onChange }: SheetOptionsPanelProps) {
  const set = <K extends keyof SheetSelection>(key: K, value: SheetSelection[K]) =>
    onChange({ ...selection, [key]: value });
  const quoteOrder = choices.approvedQuotes.map((q) => q.id);
  const chosenQuotes = selection.quoteIds.length;
  const onlyMode = choices.nameModes.length === 1;

  return (
    <Stack gap="lg">
      <NativeSelect
        label="Message House"
        description="Its main message and up to three key messages go on the sheet."
        value={selection.houseId ?? ''}
        data={choices.houses.map((h) => ({
          value: h.id,
          label: `${h.title.trim() || 'Untitled Message House'}${h.isPrimary ? ' (main)' : ''}`,
        }))}
        onChange={(event) => set('houseId', event.currentTarget.value)}
      />

      <Checkbox.Group
        label={`Quotes (up to ${MAX_SHEET_QUOTES})`}
        description={`Only quotes your trainer approved can go on the sheet. ${chosenQuotes} of ${Math.min(MAX_SHEET_QUOTES, quoteOrder.length)} chosen.`}
        value={selection.quoteIds}
        onChange={(values) => set('quoteIds', inProfileOrder(values, quoteOrder).slice(0, MAX_SHEET_QUOTES))}
        maxSelectedValues={MAX_SHEET_QUOTES}
        error={chosenQuotes === 0 ? 'Choose at least one quote.' : undefined}
      >
        <Stack gap="xs" mt="xs">
          {choices.approvedQuotes.map((q) => (
            <Checkbox
              key={q.id}
              value={q.id}
              // Long quotes are shortened here only (the preview shows them in full); the name stays whole.
              label={
                <Text span inherit lineClamp={4} dir="auto">
                  “{q.text.trim()}”
                </Text>
              }
              description={approvalStamp(q)}
            />
          ))}
        </Stack>
      </Checkbox.Group>

      <Checkbox
        label="Show my photo"
        description={photoReason(choices.photo)}
        checked={choices.photo.allowed && selection.includePhoto}
        disabled={!choices.photo.allowed}
        onChange={(event) => set('includePhoto', event.currentTarget.checked)}
      />

      <Radio.Group
        label="Name on the sheet"
        description={
          onlyMode
            ? 'Your profile already uses the most private choice.'
            : 'The sheet can name you more privately than your profile does, never less.'
        }
        value={selection.nameMode}
        onChange={(value) => {
          const mode = NAME_MODES.find((m) => m === value);
          if (mode) set('nameMode', mode);
        }}
      >
        <Stack gap="xs" mt="xs">
          {choices.nameModes.map(({ mode, publicName }) => (
            <Radio
              key={mode}
              value={mode}
              label={`${NAME_MODE_LABELS[mode]}: ${publicName}`}
              // "Ambassador" is what a pseudonym sheet says when the profile has no pseudonym yet.
              description={
                mode === 'pseudonym' && publicName === 'Ambassador'
                  ? 'Add a pseudonym on your Profile to use your own.'
                  : undefined
              }
            />
          ))}
        </Stack>
      </Radio.Group>

      {TOPIC_CHOICES.map(({ key, ...words }) => (
        <TopicChoice
          key={key}
          {...words}
          topics={choices[key]}
          value={selection[key]}
          onChange={(next) => set(key, next)}
        />
      ))}

      <Stack gap={6}>
        <Text fw={500} size="sm" id="sheet-paper-label">
          Paper size
        </Text>
        <SegmentedControl
          aria-labelledby="sheet-paper-label"
          value={selection.paper}
          onChange={(value) => {
            const paper = PAPERS.find((p) => p === value);
            if (paper) set('paper', paper);
          }}
          data={choices.papers.map((p) => ({ value: p, label: PAPER_LABELS[p] }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
    </Stack>
  );
}
