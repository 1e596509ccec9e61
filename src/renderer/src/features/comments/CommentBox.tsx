import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { COMMENT_LIMIT } from '../../../../shared/features/comments/schemas';

export interface CommentDraft {
  body: string;
  /** What is wrong with it (empty, or refused); cleared as soon as the text changes. */
  error: string | undefined;
  setBody(body: string): void;
  setError(error: string): void;
  reset(): void;
}

/** A comment being written by a trainer. */
export function useCommentDraft(): CommentDraft {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  return {
    body,
    error,
    setBody: (next) => {
      setBody(next);
      setError(undefined);
    },
    setError,
    reset: () => {
      setBody('');
      setError(undefined);
    },
  };
}

/** Where a trainer writes a comment; it takes focus when its popover or dialog opens. */
export function CommentBox({ draft, label, description }: { draft: CommentDraft; label: string; description: string }) {
  return (
    <Textarea
      label={label}
      description={description}
      value={draft.body}
      onChange={(event) => draft.setBody(event.currentTarget.value)}
      error={draft.error}
      autosize
      minRows={3}
      maxLength={COMMENT_LIMIT}
      data-autofocus
    />
  );
}
