import { Stack, Textarea } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import type { Finding } from '../../../../shared/checks';
import { useTextChecks, type LengthCheck } from './checks-context';
import { FindingList } from './FindingList';
import { HighlightedText } from './HighlightedText';
import { LengthStats } from './LengthStats';

export interface CheckedTextareaProps {
  label: string;
  description?: ReactNode;
  value: string;
  onChange(value: string): void;
  readOnly?: boolean;
  /** What the text is for (press quote, soundbite, social post); adds length findings and the stats line. */
  length?: LengthCheck;
  error?: string;
  minRows?: number;
  placeholder?: string;
  maxLength?: number;
  testId?: string;
}

/**
 * A text area with the live checks under it: language guide, readability, safeguarding and (for quotes)
 * length. Each note gives a reason and a suggestion; "Show in text" selects the words it is about.
 */
export function CheckedTextarea({
  label,
  description,
  value,
  onChange,
  readOnly,
  length,
  error,
  minRows = 2,
  placeholder,
  maxLength,
  testId,
}: CheckedTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const result = useTextChecks(value, length);

  const show = (finding: Finding) => {
    const area = ref.current;
    if (!area || finding.start === undefined) return;
    area.focus();
    area.setSelectionRange(finding.start, finding.end ?? finding.start);
  };

  return (
    <Stack gap={6} data-testid={testId}>
      <Textarea
        ref={ref}
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={minRows}
        maxRows={12}
        error={error}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck
      />
      {length && result.length ? (
        <LengthStats stats={result.length} testId={testId ? `${testId}-stats` : undefined} />
      ) : null}
      <HighlightedText text={result.text} findings={result.findings} />
      <FindingList findings={result.findings} label={`Notes on ${label}`} onShow={show} />
    </Stack>
  );
}
