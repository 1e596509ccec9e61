import { Group, Text } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { isCameraInterview } from '../../../../../shared/features/rehearsal/interview-types';
import type { InterviewTypeId } from '../../../../../shared/features/rehearsal/schemas';

/** Before a TV or video-call session: answers are filmed, so nobody is surprised by the camera light. */
export function CameraSetupNote({ type }: { type: InterviewTypeId }) {
  if (!isCameraInterview(type)) return null;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="camera-setup-note">
      <IconVideo size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        On camera: your answers are filmed (video with sound) so you can see how you come across. The recordings stay on
        this laptop, and you can switch the camera off during the session.
      </Text>
    </Group>
  );
}
