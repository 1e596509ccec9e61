import { Checkbox, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { NO_RESTRICTIONS_LABEL } from '../../../../shared/features/quotes/approval';
import { LIMITS } from '../../../../shared/limits';
import { CommentedField } from '../comments/CommentedField';
import type { QuoteEditor } from './useQuoteEditor';

/**
 * Consent is per use and can be withdrawn until publication (DOMAIN.md), so these fields stay editable in
 * every status, including approved. Saying no is one switch away. A quote is approved only when the notes say
 * where it may be used or "no restrictions" is ticked: an empty box is not consent to everything.
 */
export function ConsentFields({ editor }: { editor: QuoteEditor }) {
  return (
    <Stack gap="md" component="section" aria-labelledby="consent-heading">
      <div>
        <Title order={3} id="consent-heading">
          Your consent
        </Title>
        <Text>
          A quote is only used after you agree, knowing where it will appear. You can change your mind at any time until
          it is published, and you never have to give a reason.
        </Text>
      </div>
      <CommentedField field="consentNotes" label="Where this quote may be used">
        <Textarea
          label="Where this quote may be used"
          description="Your trainer can approve the quote only when this says where, or “no restrictions” is ticked. For example: “Harbour Voices press release for 18 December, and their Instagram. Not on TV.”"
          value={editor.values.consentNotes}
          onChange={(event) => editor.set('consentNotes', event.currentTarget.value)}
          error={editor.errors.consentNotes}
          autosize
          minRows={2}
          maxLength={LIMITS.shortBio * 2}
          autoComplete="off"
        />
      </CommentedField>
      <Checkbox
        label={NO_RESTRICTIONS_LABEL}
        description="Tick this only if it may appear anywhere: press releases, radio, TV, websites and social media."
        checked={editor.values.consentUnrestricted ?? false}
        onChange={(event) => editor.set('consentUnrestricted', event.currentTarget.checked)}
      />
      <Stack gap={6}>
        <Text size="sm">
          Turn this on if you no longer want this quote used anywhere. It cannot be approved while it is on.
        </Text>
        <Switch
          label="Consent withdrawn"
          checked={editor.values.consentWithdrawn}
          onChange={(event) => editor.set('consentWithdrawn', event.currentTarget.checked)}
          size="md"
          color="red.9"
        />
      </Stack>
    </Stack>
  );
}
