import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { Note } from '../../../components/Note';
import { CAMERA_MESSAGES, type CameraProblem } from './camera';
import { SelfView } from './SelfView';
import type { CameraChoice } from './useCameraChoice';

/**
 * Camera rehearsal's side panel: the "Record on camera" switch, and while answering the live self-view. Before
 * an answer it says what will happen, since the camera only turns on when the answer starts.
 */
export function CameraPanel({
  camera,
  selfView,
  busy,
}: {
  camera: CameraChoice;
  selfView: MediaStream | null;
  /** An answer is starting or running: the choice is fixed until it stops. */
  busy: boolean;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="camera-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="camera-heading">
          On camera
        </Title>
        <Switch
          label="Record on camera"
          description="Video with sound, kept on this laptop like your other recordings."
          checked={camera.on}
          onChange={(event) => camera.setOn(event.currentTarget.checked)}
          disabled={busy}
        />
        {selfView ? (
          <SelfView stream={selfView} />
        ) : (
          <Text size="sm" data-testid="camera-hint">
            {camera.on
              ? 'The camera turns on when you start an answer. You see yourself as in a mirror; the recording shows you as viewers will.'
              : 'Answers are recorded as sound only.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Why the last answer was not filmed, and what to do about it. */
export function CameraProblemNote({ problem }: { problem: CameraProblem | null }) {
  if (!problem) return null;
  return (
    <Note tone="warning" title={CAMERA_MESSAGES[problem].title}>
      {CAMERA_MESSAGES[problem].text}
    </Note>
  );
}
