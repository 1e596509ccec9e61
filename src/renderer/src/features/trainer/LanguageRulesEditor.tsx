import { Badge, Button, Group, Paper, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { LanguageRule } from '../../../../shared/checks/language-guide-schema';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { useCohortLanguageRules } from '../language-rules/queries';
import { useAccess } from '../access/queries';

type Severity = LanguageRule['severity'];
const SEVERITY_LABELS: Record<Severity, string> = {
  info: 'A gentle note',
  warning: 'A warning',
  strong: 'A strong warning',
};

interface Draft {
  terms: string[];
  why: string;
  alternatives: string[];
  source: string;
  severity: Severity;
}
const EMPTY: Draft = { terms: [], why: '', alternatives: [], source: '', severity: 'warning' };

/** Rule ids must be lower-case ASCII; terms may be in any script, so the id is made from the time instead. */
function newRuleId(): string {
  return `cohort-${Date.now().toString(36)}-${Math.floor(Math.random() * 1296).toString(36)}`;
}

/**
 * A trainer's own words to flag for this cohort (a local term, a headline phrase the group agreed to avoid).
 * They join the built-in language guide in every live check for the cohort's ambassadors.
 */
export function LanguageRulesEditor({ cohortId }: { cohortId: string }) {
  const { isTrainer } = useAccess();
  const rules = useCohortLanguageRules(cohortId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  // Its error stays on screen (beside "Add rule") until the next save, as well as in the notification.
  const saving = useChannelMutation('languageRules:set');
  const list = rules.data ?? [];

  const save = async (next: LanguageRule[], done: string) => {
    const result = await saving.run({ cohortId, rules: next });
    if (!result.ok) {
      notifyError(result.error, 'The language rules were not saved');
      return false;
    }
    notifySuccess(done);
    return true;
  };

  const add = async () => {
    const rule: LanguageRule = {
      id: newRuleId(),
      terms: draft.terms,
      why: draft.why,
      alternatives: draft.alternatives,
      source: draft.source,
      severity: draft.severity,
      inflect: true,
    };
    if (await save([...list, rule], 'Rule added. It now shows in every draft for this cohort.')) setDraft(EMPTY);
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`rules-${cohortId}`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`rules-${cohortId}`}>
          Cohort language rules
        </Title>
        <Text size="sm">
          Words your group agreed to avoid, on top of the built-in language guide. Ambassadors in this cohort see a note
          with your reason and better words whenever one appears in a draft.
        </Text>
        {list.length === 0 ? (
          <Text size="sm">No cohort rules yet.</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((rule) => (
              <Group key={rule.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{rule.terms.join(', ')}</Text>
                    <Badge variant="light">{SEVERITY_LABELS[rule.severity]}</Badge>
                  </Group>
                  <Text size="sm">{rule.why}</Text>
                  {rule.alternatives.length > 0 && <Text size="sm">Instead: {rule.alternatives.join(', ')}</Text>}
                </Stack>
                {isTrainer && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    disabled={saving.busy}
                    aria-label={`Remove the rule for ${rule.terms.join(', ')}`}
                    onClick={() =>
                      void save(
                        list.filter((r) => r.id !== rule.id),
                        'Rule removed.',
                      )
                    }
                  >
                    Remove
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {isTrainer ? (
          <Stack gap="xs">
            <TagsInput
              label="Words to flag"
              description="Press Enter after each word or phrase."
              value={draft.terms}
              onChange={(terms) => setDraft((d) => ({ ...d, terms }))}
            />
            <TextInput
              label="Why it matters"
              value={draft.why}
              onChange={(e) => setDraft({ ...draft, why: e.currentTarget.value })}
            />
            <TagsInput
              label="Better words"
              value={draft.alternatives}
              onChange={(alternatives) => setDraft((d) => ({ ...d, alternatives }))}
            />
            <TextInput
              label="Source"
              description="Where the advice comes from, e.g. your organisation's style guide."
              value={draft.source}
              onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })}
            />
            <Select
              label="How strongly to flag it"
              data={(Object.keys(SEVERITY_LABELS) as Severity[]).map((value) => ({
                value,
                label: SEVERITY_LABELS[value],
              }))}
              value={draft.severity}
              allowDeselect={false}
              onChange={(value) => value && setDraft({ ...draft, severity: value as Severity })}
            />
            {saving.error && (
              <Text c="red.8" size="sm" role="alert">
                {saving.error.message}
              </Text>
            )}
            <Group>
              <Button
                onClick={() => void add()}
                loading={saving.busy}
                disabled={draft.terms.length === 0 || !draft.why.trim() || !draft.source.trim()}
              >
                Add rule
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm">
            Only a trainer can change the cohort’s language rules. Unlock trainer mode to add or remove them.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
