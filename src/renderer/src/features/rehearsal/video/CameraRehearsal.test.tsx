/**
 * Camera rehearsal's screen states with the media hook replaced (jsdom has no camera or MediaRecorder; the
 * browser-mode e2e records with Chromium's fake camera): the switch, the self-view while answering, the
 * page mark for the desktop app's permission, the sound-only fallback with its message, and video playback.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedCohort } from '../../../../../main/test-support/seed';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import type { CaptureStart, TakeCapture } from '../audio/useTakeCapture';
import RehearsalScreen from '../RehearsalScreen';

const media = vi.hoisted(() => ({
  start: { micProblem: null, cameraProblem: null } as { micProblem: string | null; cameraProblem: string | null },
  asked: [] as Array<{ camera?: boolean } | undefined>,
  mime: 'video/webm;codecs=vp8,opus',
}));

// The hook is the only place that touches getUserMedia and MediaRecorder: a stand-in with the same contract.
vi.mock('../audio/useTakeCapture', async () => {
  const { useMemo, useState } = await import('react');
  return {
    useTakeCapture: (): TakeCapture => {
      const [selfView, setSelfView] = useState<MediaStream | null>(null);
      return useMemo(
        () => ({
          begin: async (options?: { camera?: boolean }) => {
            media.asked.push(options);
            const start = media.start as CaptureStart;
            if (options?.camera && !start.cameraProblem && !start.micProblem) setSelfView({} as MediaStream);
            return start;
          },
          finish: async () => {
            const filmed = selfView !== null;
            setSelfView(null);
            const mime = filmed ? media.mime : 'audio/webm;codecs=opus';
            return { blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: mime }), mime };
          },
          pause: () => undefined,
          resume: () => undefined,
          discard: () => setSelfView(null),
          selfView,
        }),
        [selfView],
      );
    },
  };
});

afterEach(() => {
  media.start = { micProblem: null, cameraProblem: null };
  media.asked = [];
  window.history.replaceState(null, '', '/');
});

async function startCameraSession(type = 'TV soundbite') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  renderWithStudio(<RehearsalScreen />, studio);
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByRole('combobox', { name: /Interview type/ }), type);
  const box = screen.getByRole('textbox', { name: /Number of questions/ });
  await user.clear(box);
  await user.type(box, '1');
  await user.click(screen.getByRole('radio', { name: /Random questions/ }));
  await user.click(screen.getByRole('button', { name: 'Start practice' }));
  await screen.findByText('Question 1 of 1');
  return { studio, user };
}

describe('camera rehearsal', () => {
  it('films a TV answer with a mirrored self-view, marks the page meanwhile, and plays the video back', async () => {
    const { studio, user } = await startCameraSession();
    const panel = screen.getByRole('region', { name: 'On camera' });
    expect(within(panel).getByRole('switch', { name: /Record on camera/ })).toBeChecked();
    expect(within(panel).getByTestId('camera-hint')).toHaveTextContent(/camera turns on when you start an answer/);
    expect(window.location.hash).toBe('#camera-rehearsal');

    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(media.asked).toEqual([{ camera: true }]);
    const selfView = await within(panel).findByLabelText('Your camera, shown as a mirror');
    expect(selfView.tagName).toBe('VIDEO');
    expect(selfView).toHaveProperty('muted', true);
    expect(selfView.style.transform).toBe('scaleX(-1)');
    expect(screen.getByText('Recording on camera')).toBeInTheDocument();
    expect(within(panel).getByRole('switch', { name: /Record on camera/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const answer = await screen.findByRole('region', { name: 'Your answer' });
    expect(within(panel).queryByLabelText('Your camera, shown as a mirror')).not.toBeInTheDocument();
    const player = within(answer).getByRole('group', { name: 'Watch your answer' });
    expect(player.querySelector('video')).not.toBeNull();
    expect(player.querySelector('video')?.style.transform).toBe('');
    const saved = studio.api.callsTo('rehearsal:saveTake')[0] as { recording?: { mime: string } };
    expect(saved.recording?.mime).toBe('video/webm;codecs=vp8,opus');
  });

  it('without a camera, says so, records sound only, and does not ask for the camera again', async () => {
    media.start = { micProblem: null, cameraProblem: 'denied' };
    const { studio, user } = await startCameraSession('Video call');
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(await screen.findByText('The camera is blocked')).toBeInTheDocument();
    expect(screen.getByText(/this answer is not filmed/)).toBeInTheDocument();
    expect(screen.getByText('Recording')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'On camera' });
    expect(within(panel).getByRole('switch', { name: /Record on camera/ })).not.toBeChecked();
    // Not wanted any more: the desktop app would refuse the camera now.
    expect(window.location.hash).toBe('');

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const answer = await screen.findByRole('region', { name: 'Your answer' });
    expect(within(answer).getByRole('group', { name: 'Listen to your answer' }).querySelector('audio')).not.toBeNull();
    expect((studio.api.callsTo('rehearsal:saveTake')[0] as { recording?: { mime: string } }).recording?.mime).toBe(
      'audio/webm;codecs=opus',
    );

    await user.click(screen.getByRole('button', { name: 'Try this question again' }));
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(media.asked).toEqual([{ camera: true }, { camera: false }]);
    // Turning the switch back on clears the message and asks again next time.
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await screen.findByRole('region', { name: 'Your answer' });
    await user.click(screen.getByRole('button', { name: 'Try this question again' }));
    await user.click(within(panel).getByRole('switch', { name: /Record on camera/ }));
    expect(screen.queryByText('The camera is blocked')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#camera-rehearsal');
  });

  it('is not offered for a sound-only interview type, and leaves the page unmarked', async () => {
    await startCameraSession('Live radio');
    expect(screen.queryByRole('region', { name: 'On camera' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });
});
