import { Stack, Text } from '@mantine/core';
import { fieldsFromSnapshot, QUOTE_TEXTS } from './quote-texts';

/** A saved version of a quote in the history: each text that was filled in, under its label. */
export function QuotePreview({ snapshot }: { snapshot: unknown }) {
  const fields = fieldsFromSnapshot(snapshot);
  if (!fields) return null;
  const rows = QUOTE_TEXTS.map((t) => [t.label, t.get(fields)] as const).filter(([, value]) => value.trim());
  if (rows.length === 0) return <Text size="sm">This version was empty.</Text>;
  return (
    <Stack gap={6}>
      {rows.map(([label, value]) => (
        <Text key={label} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
    </Stack>
  );
}
