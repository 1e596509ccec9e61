import { Select } from '@mantine/core';
import { languageName } from './language-codes';
import type { TakeLanguage } from './useTakeLanguage';

/** A small choice of the language the answers were given in: it changes how syllables become words. */
export function TakeLanguageSelect({ choice }: { choice: TakeLanguage }) {
  return (
    <Select
      label="Language of these answers"
      description="Used to turn syllables into words a minute."
      data={choice.options.map((code) => ({ value: code, label: languageName(code) }))}
      value={choice.language}
      onChange={(code) => {
        if (code) choice.choose(code);
      }}
      allowDeselect={false}
      size="sm"
      maw={260}
    />
  );
}
