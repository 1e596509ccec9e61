import { Divider, NativeSelect, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { displayName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { LIMITS } from '../../../../shared/limits';
import { EditorFrame } from '../../components/EditorFrame';
import { PublicNameChoice } from '../../components/PublicNameChoice';
import { EditorConflict } from '../../components/EditorConflict';
import { PhotoField } from './PhotoField';
import { PrivateDetailsField } from './PrivateDetailsField';
import { profileConflictTexts, useProfileEditor, withProfileTexts } from './useProfileEditor';
import { DECLINED_TOPIC_SUGGESTIONS, LANGUAGE_SUGGESTIONS, WELCOME_TOPIC_SUGGESTIONS } from './suggestions';
import { NeedsRepairNote } from '../repair/NeedsRepairNote';

function counter(length: number, max: number): string {
  return length > max ? `${length} of ${max} characters: please shorten it` : `${length} of ${max} characters`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="md" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The whole ambassador profile. Every change is saved about 600 ms after the last keystroke (and at once on
 * blur, when leaving the page or closing the window); the status line says whether it worked. A field changed
 * in another window meanwhile opens "changed elsewhere" instead of being written over.
 */
export function ProfileForm({ ambassador, cohorts }: { ambassador: Ambassador; cohorts: Cohort[] }) {
  const id = ambassador.id;
  const editor = useProfileEditor(ambassador);
  const { values, errors, autosave, set } = editor;
  const text = (key: 'fullName' | 'firstName' | 'pseudonym' | 'pronouns' | 'role' | 'shortBio' | 'longBio') => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
    autoComplete: 'off',
  });
  const tags = (key: 'languages' | 'topicsWelcome' | 'topicsDeclined') => ({
    value: values[key],
    onChange: (next: string[]) => set(key, next),
    error: errors[key],
    maxTags: LIMITS.listLength,
  });

  const cohortOptions = [
    { value: '', label: 'No cohort' },
    ...cohorts
      .filter((c) => c.archivedAt === null || c.id === values.cohortId)
      .map((c) => ({ value: c.id, label: c.archivedAt ? `${c.name} (archived)` : c.name })),
  ];

  return (
    // The page's h1 names the profile, so the frame has no heading of its own.
    <>
      <EditorFrame
        autosave={autosave}
        gap="xl"
        blocked={
          ambassador.needsRepair ? <NeedsRepairNote needsRepair={ambassador.needsRepair} what="profile" /> : undefined
        }
      >
        <Section title="Your name">
          <TextInput label="Full name" {...text('fullName')} />
          <TextInput label="First name" {...text('firstName')} />
          <TextInput
            label="Pseudonym"
            description="A name you choose for the press, if you do not want to use your real name."
            {...text('pseudonym')}
          />
          <PublicNameChoice
            label="Public name"
            description="How journalists and anything you export will name you."
            values={values}
            onChange={(mode) => set('nameMode', mode)}
            error={errors.nameMode}
          />
          <TextInput
            label="Pronouns"
            description="For example she/her, he/him or they/them. You can leave this empty."
            {...text('pronouns')}
          />
        </Section>

        <Divider />

        <Section title="About you">
          <TextInput label="Role" description="One line, for example “Nurse and choir leader”." {...text('role')} />
          <TagsInput
            label="Languages"
            description="Languages you could give an interview in. Press Enter after each one."
            data={LANGUAGE_SUGGESTIONS}
            clearable={false}
            {...tags('languages')}
          />
          <Textarea
            label="Short bio"
            description={counter(values.shortBio.length, LIMITS.shortBio)}
            autosize
            minRows={3}
            {...text('shortBio')}
          />
          <Textarea
            label="Long bio"
            description={counter(values.longBio.length, LIMITS.longBio)}
            autosize
            minRows={5}
            {...text('longBio')}
          />
        </Section>

        <Divider />

        <Section title="Photo">
          {/* The ambassador is read again after a photo is stored or removed, so hasPhoto is always current. */}
          <PhotoField ambassadorId={id} hasPhoto={ambassador.hasPhoto} name={displayName(values)} />
          <Stack gap={6}>
            {/* The explanation sits outside the Switch's <label>, so the switch's name stays just the consent sentence. */}
            <Switch
              label="I consent to my photo being used with press"
              checked={values.photoConsent}
              onChange={(event) => set('photoConsent', event.currentTarget.checked)}
              size="md"
              aria-describedby="photo-consent-help"
            />
            <Text size="sm" id="photo-consent-help" maw={640}>
              Consent is for each use: you will be asked again each time. You can take it back at any time before
              something is published. Saying no is always fine, and it is the default.
            </Text>
          </Stack>
        </Section>

        <Divider />

        <Section title="Topics">
          <Text maw={680}>
            You decide what you talk about. Topics you decline are printed as “please don&apos;t ask about” on your
            message sheet, and you can practise saying no to them kindly.
          </Text>
          <TagsInput
            label="Topics I welcome"
            description="Pick from the list or write your own. Press Enter after each one."
            data={WELCOME_TOPIC_SUGGESTIONS}
            {...tags('topicsWelcome')}
          />
          <TagsInput
            label="Topics I decline"
            description="Topics many people choose not to discuss. Pick from the list or write your own."
            data={DECLINED_TOPIC_SUGGESTIONS}
            {...tags('topicsDeclined')}
          />
        </Section>

        <Divider />

        <Section title="What stays private">
          <PrivateDetailsField
            value={values.privateDetails}
            onChange={(next) => set('privateDetails', next)}
            errors={errors}
          />
        </Section>

        <Divider />

        <Section title="Training group">
          <NativeSelect
            label="Cohort"
            description="The training group this profile belongs to."
            data={cohortOptions}
            value={values.cohortId ?? ''}
            onChange={(event) => set('cohortId', event.currentTarget.value || null)}
            error={errors.cohortId}
          />
        </Section>
      </EditorFrame>
      <EditorConflict editor={editor} what="profile" textsOf={profileConflictTexts} withTexts={withProfileTexts} />
    </>
  );
}
