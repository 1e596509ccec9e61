import { afterEach, describe, expect, it } from 'vitest';
import type { TestStudio } from '../../test-support/test-studio';
import { carry, imported, laptop, PASSPHRASE, seedPerson } from './bundles.test-support';

const open: TestStudio[] = [];
afterEach(() => {
  for (const studio of open.splice(0)) studio.close();
});

describe('hot-seat feedback between laptops', () => {
  it('returns the trainer’s rating and comment on a hot-seat answer to the ambassador’s own laptop', async () => {
    const mine = await laptop();
    const trainer = await laptop();
    open.push(mine, trainer);
    const { person, cohort } = seedPerson(mine.services);
    const work = await mine.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    imported(await carry(work.files[0]!, trainer, { acceptOtherCohort: true }));

    const question = trainer.services.questions.active(cohort.id)[0]!;
    const sam = { id: 'trainer-sam', name: 'Sam' };
    const session = trainer.services.hotSeat.start(sam, {
      ambassadorId: person.id,
      interviewType: 'live-radio',
      deck: [{ questionId: question.id, seconds: 30 }],
    });
    const take = trainer.services.hotSeat.saveTake({
      sessionId: session.id,
      questionId: question.id,
      position: 0,
      targetSeconds: 30,
      durationMs: 21_000,
      followUp: 'And what did your neighbours say?',
      recording: { mime: 'audio/webm', bytes: new Uint8Array([1, 2, 3]) },
    });
    trainer.services.hotSeat.rateTake(sam, take.id, { score: 4, comment: 'Bridge sooner to your key message.' });

    const feedback = await trainer.services.bundles.exportFeedback({
      cohortId: cohort.id,
      ambassadorId: person.id,
      passphrase: PASSPHRASE,
    });
    const report = imported(await carry(feedback.files[0]!, mine));
    expect(report.conflicts).toEqual([]);

    const [back] = mine.services.rehearsal.list(person.id);
    expect(back).toMatchObject({ kind: 'hot-seat', runBy: 'Sam' });
    expect(back?.takes[0]).toMatchObject({
      followUp: 'And what did your neighbours say?',
      trainerFeedback: { score: 4, comment: 'Bridge sooner to your key message.', trainerName: 'Sam' },
      // The recording stays on the trainer's laptop.
      hasRecording: false,
    });
  }, 60_000);
});
