import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { QUOTE_TEXT_LIMIT } from '../../../../shared/features/quotes/schemas';
import { useChecksSettings } from '../checks/checks-context';
import { CheckedTextarea } from '../checks/CheckedTextarea';
import { CommentedField } from '../comments/CommentedField';
import { isPlatform, PLATFORM_OPTIONS } from './labels';
import type { QuoteEditor } from './useQuoteEditor';

/** The same quote shaped for three uses: a press release, a broadcast soundbite and a social post. */
export function QuoteVariants({ editor, readOnly }: { editor: QuoteEditor; readOnly: boolean }) {
  const { wordsPerSecond } = useChecksSettings();
  const { variants } = editor.values;
  const soundbiteWords = Math.round(15 * wordsPerSecond);
  return (
    <Stack gap="lg" component="section" aria-labelledby="variants-heading">
      <div>
        <Title order={3} id="variants-heading">
          Versions for different uses
        </Title>
        <Text>The same idea, shaped for where it will appear. Fill in the ones you need.</Text>
      </div>
      <CommentedField field="variants.pressRelease" label="Press release version">
        <CheckedTextarea
          label="Press release version"
          description="Written for a press release: one or two sentences, 20 words or fewer is ideal."
          value={variants.pressRelease}
          onChange={(value) => editor.setVariant('pressRelease', value)}
          readOnly={readOnly}
          length={{ kind: 'press' }}
          error={editor.errors['variants.pressRelease']}
          maxLength={QUOTE_TEXT_LIMIT * 2}
          testId="variant-press"
        />
      </CommentedField>
      <CommentedField field="variants.soundbite" label="Broadcast soundbite">
        <CheckedTextarea
          label="Broadcast soundbite"
          description={`Said out loud on radio or TV. Aim for about 15 seconds: about ${soundbiteWords} words at your pace, in one or two sentences.`}
          value={variants.soundbite}
          onChange={(value) => editor.setVariant('soundbite', value)}
          readOnly={readOnly}
          length={{ kind: 'soundbite' }}
          error={editor.errors['variants.soundbite']}
          maxLength={QUOTE_TEXT_LIMIT * 2}
          testId="variant-soundbite"
        />
      </CommentedField>
      <NativeSelect
        label="Social platform"
        description="The post is checked against this platform’s character limit."
        data={PLATFORM_OPTIONS}
        value={variants.socialPlatform}
        disabled={readOnly}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isPlatform(value)) editor.setVariant('socialPlatform', value);
        }}
        maw={420}
      />
      <CommentedField field="variants.social" label="Social post">
        <CheckedTextarea
          label="Social post"
          value={variants.social}
          onChange={(value) => editor.setVariant('social', value)}
          readOnly={readOnly}
          length={{ kind: 'social', platformLimit: variants.socialPlatform }}
          error={editor.errors['variants.social']}
          maxLength={QUOTE_TEXT_LIMIT * 4}
          testId="variant-social"
        />
      </CommentedField>
    </Stack>
  );
}
