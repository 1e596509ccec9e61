import { notifications } from '@mantine/notifications';
import type { AppErrorShape } from '../api/result';

const CLOSE = { 'aria-label': 'Close message' };

/** Shows a failed call's message (written for people by the backend) as a notification. */
export function notifyError(error: AppErrorShape, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: error.message, autoClose: 8000, closeButtonProps: CLOSE });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000, closeButtonProps: CLOSE });
}
