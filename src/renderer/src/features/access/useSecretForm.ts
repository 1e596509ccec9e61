import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useId, type FormEventHandler } from 'react';
import type { Result } from '../../api/result';

export interface SecretFormOptions<Values extends Record<string, string>, T> {
  initialValues: Values;
  /** Field errors before anything is sent (the backend checks the same rules again). */
  validate(values: Values): FormErrors;
  send(values: Values): Promise<Result<T>>;
  /**
   * The field a refusal is shown on, so the person knows what to type again. With `clear`, it is emptied as well:
   * a wrong secret should not stay in the field for the next person to see or submit.
   */
  refused: { field: keyof Values & string; clear: boolean };
  onSent(value: T, values: Values): void;
}

/**
 * The secret dialogs (unlocking, a workspace PIN, setting up a trainer) on @mantine/form: an error clears as its
 * field is edited, and focus goes to the field that needs typing again, where its error is read out.
 */
export function useSecretForm<Values extends Record<string, string>, T>(options: SecretFormOptions<Values, T>) {
  const { initialValues, validate, send, refused, onSent } = options;
  // A name of its own (letters, digits and dashes, as the library asks), so finding a field by its path cannot
  // reach another form on the page.
  const name = `secret-${useId().replace(/[^a-z0-9-]/giu, '')}`;
  const form = useForm<Values>({ name, mode: 'controlled', initialValues, validate });
  const focus = (field: string | undefined) => {
    if (field) form.getInputNode(field)?.focus();
  };

  const submit = form.onSubmit(
    async (values) => {
      const result = await send(values);
      if (result.ok) {
        form.reset();
        onSent(result.value, values);
        return;
      }
      // Emptying the field clears the errors too, so the refusal is set after it.
      if (refused.clear) form.setValues({ [refused.field]: '' } as Partial<Values>);
      form.setFieldError(refused.field, result.error.message);
      focus(refused.field);
    },
    (errors) => focus(Object.keys(errors)[0]),
  );

  return { form, submit };
}

export type SecretForm<Values extends Record<string, string>> = UseFormReturnType<Values>;

/** What the dialog around a secret form needs: its submit, its busy state, and emptying it when closed. */
export interface SecretFormHandle {
  form: { submitting: boolean; reset(): void };
  submit: FormEventHandler<HTMLFormElement>;
}
