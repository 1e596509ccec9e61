import { afterEach, describe, expect, it, vi } from 'vitest';
import { MicrophoneError } from '../audio/microphone';
import { openCameraOrMicrophone, VIDEO_CONSTRAINTS } from './camera';

const stream = (name: string, videoTracks = name === 'voice' ? 0 : 1) =>
  ({ name, getVideoTracks: () => Array.from({ length: videoTracks }) }) as unknown as MediaStream;

function stubMedia(getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>) {
  vi.stubGlobal('MediaRecorder', class {});
  const spy = vi.fn(getUserMedia);
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: spy } });
  return spy;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('openCameraOrMicrophone', () => {
  it('asks for 720p video with the unprocessed voice, in one request', async () => {
    const spy = stubMedia(async () => stream('both'));
    expect(await openCameraOrMicrophone()).toMatchObject({
      stream: { name: 'both' },
      video: true,
      cameraProblem: null,
    });
    expect(spy).toHaveBeenCalledOnce();
    const asked = spy.mock.calls[0]![0];
    expect(asked.video).toEqual(VIDEO_CONSTRAINTS);
    expect(VIDEO_CONSTRAINTS).toMatchObject({ width: { ideal: 1280 }, height: { ideal: 720 } });
    expect(asked.audio).toMatchObject({ echoCancellation: false, noiseSuppression: false, autoGainControl: false });
  });

  it('falls back to the microphone alone, saying why the camera could not be had', async () => {
    for (const [name, problem] of [
      ['NotAllowedError', 'denied'],
      ['NotFoundError', 'missing'],
      ['NotReadableError', 'busy'],
    ] as const) {
      const spy = stubMedia(async (constraints) => {
        if (constraints.video) throw new DOMException('no', name);
        return stream('voice');
      });
      expect(await openCameraOrMicrophone()).toMatchObject({
        stream: { name: 'voice' },
        video: false,
        cameraProblem: problem,
      });
      expect(spy.mock.calls[1]![0]).toMatchObject({ video: false });
    }
  });

  it('treats a stream that came back without a picture (the camera forbidden by policy) as sound only', async () => {
    stubMedia(async () => stream('policy', 0));
    expect(await openCameraOrMicrophone()).toMatchObject({ video: false, cameraProblem: 'unavailable' });
  });

  it('throws the microphone problem when there is no microphone either', async () => {
    stubMedia(async () => {
      throw new DOMException('no', 'NotAllowedError');
    });
    await expect(openCameraOrMicrophone()).rejects.toEqual(new MicrophoneError('denied'));
  });

  it('says recording is unavailable in a window without MediaRecorder', async () => {
    await expect(openCameraOrMicrophone()).rejects.toEqual(new MicrophoneError('unavailable'));
  });
});
