import { Button, Stack } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import type { FormEventHandler, ReactNode } from 'react';
import type { Result } from '../api/result';
import { issuesByField } from '../api/result';
import { notifyError } from './notify';

export interface CreateFormOptions<Values, T> {
  initialValues: Values;
  /**
   * Field errors to show before anything is sent (none: the values may be sent). One function rather than a rule
   * per field, so a form can show one problem at a time.
   */
  validate(values: Values): FormErrors;
  create(values: Values): Promise<Result<T>>;
  onCreated(value: T): void | Promise<void>;
  /** Notification title when the backend refuses, e.g. "The cohort was not created". */
  failureTitle: string;
}

/**
 * The short "create" forms (first ambassador, first cohort) on @mantine/form: an error clears as its field is
 * edited (the library's default), and the backend's field issues are shown on the fields. `form.submitting` is
 * the busy flag: it stays true until `onCreated` has finished, so the button keeps spinning while the caller
 * moves on (saving settings, changing screen) and cannot be pressed twice.
 */
export function useCreateForm<Values extends Record<string, unknown>, T>(options: CreateFormOptions<Values, T>) {
  const { initialValues, validate, create, onCreated, failureTitle } = options;
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate });
  const submit = form.onSubmit(async (values) => {
    const result = await create(values);
    if (!result.ok) {
      form.setErrors(issuesByField(result.error));
      notifyError(result.error, failureTitle);
      return;
    }
    await onCreated(result.value);
  });
  return { form, submit };
}

/** What the create forms look like around their fields, kept in one place so the two forms cannot drift apart. */
export function CreateFormFrame({
  onSubmit,
  busy,
  submitLabel,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={560}>
        {children}
        <div>
          <Button type="submit" size="md" loading={busy}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
