import { useCallback, useState } from 'react';
import { useAmbassador } from '../../ambassadors/queries';
import { defaultTakeLanguage, takeLanguages } from './language-codes';

const keyFor = (ambassadorId: string) => `ambassador-studio.take-language.${ambassadorId}`;

function readChoice(ambassadorId: string | null): string | null {
  if (!ambassadorId) return null;
  try {
    return window.localStorage.getItem(keyFor(ambassadorId));
  } catch {
    return null;
  }
}

export interface TakeLanguage {
  /** The BCP-47 code the report works with. */
  language: string;
  /** The codes to offer: the profile's languages we recognise, and English. */
  options: string[];
  choose(code: string): void;
}

/**
 * The language an ambassador's takes are in, for the pace range: what they last picked in a report, else a
 * default from their profile's languages. The choice is a display preference for this laptop, not part of
 * their work, so it lives in this browser's storage rather than in the data file (no migration, and it
 * never travels in a bundle).
 */
export function useTakeLanguage(ambassadorId: string | null): TakeLanguage {
  const profile = useAmbassador(ambassadorId).data;
  const languages = profile?.languages ?? [];
  const options = takeLanguages(languages);
  const [picked, setPicked] = useState<{ for: string | null; code: string | null }>(() => ({
    for: ambassadorId,
    code: readChoice(ambassadorId),
  }));
  const stored = picked.for === ambassadorId ? picked.code : readChoice(ambassadorId);
  const choose = useCallback(
    (code: string) => {
      setPicked({ for: ambassadorId, code });
      if (!ambassadorId) return;
      try {
        window.localStorage.setItem(keyFor(ambassadorId), code);
      } catch {
        // Storage refused (private mode, full): the choice still holds while the report is open.
      }
    },
    [ambassadorId],
  );
  const language = stored ?? defaultTakeLanguage(languages);
  return { language, options: options.includes(language) ? options : [language, ...options], choose };
}
