/**
 * The prep card is the ambassador's own, but it is paper: it can be left on a studio table or photographed over
 * a shoulder. So the message sheet's safeguarding gate reads every text the card prints, with the name mode the
 * request agreed, and a card that would show a private detail (or a name they do not use for this piece) is not
 * made. There is no "confirm" here: nothing on the card needs a private detail to do its job.
 */
import type { Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { checkTextsPrivacy, KIND_LABELS, type SheetText } from '../../../../shared/features/message-sheet/gate';
import { AppError } from '../../../../shared/result';
import type { PrepCardModel } from './model';

/** Every text the card prints, labelled with where the person can change it. The agreed name is left out: it is the agreement. */
export function prepCardTexts(model: PrepCardModel): SheetText[] {
  const texts: SheetText[] = [
    { field: 'outlet', label: 'The outlet (interview request)', text: model.outlet },
    { field: 'journalist', label: 'The journalist (interview request)', text: model.journalist },
    { field: 'angle', label: 'The angle (interview request)', text: model.angle },
    { field: 'othersInterviewed', label: 'Who else they talk to (interview request)', text: model.othersInterviewed },
    { field: 'umbrella', label: 'The umbrella message (Message House)', text: model.umbrella },
  ];
  model.keyMessages.forEach((k, i) => {
    texts.push({ field: `keyMessages.${i}`, label: `Key message ${i + 1} (Message House)`, text: k.message });
    if (k.proof) texts.push({ field: `proofs.${i}`, label: `The proof point of key message ${i + 1}`, text: k.proof });
  });
  model.hardQuestions.forEach((q, i) => {
    texts.push({
      field: `hardQuestions.${i}`,
      label: `Hard question ${i + 1}`,
      text: `${q.question}\n\n${q.bridgeHint}`,
    });
  });
  model.limits.offLimits.forEach((t, i) => {
    texts.push({ field: `offLimits.${i}`, label: `Topic off limits ${i + 1} (interview request or profile)`, text: t });
  });
  return texts.filter((t) => t.text.trim() !== '');
}

/** Throws a one-sentence CONFLICT naming the first text that gives something private away (never the detail itself). */
export function assertNothingPrivate(model: PrepCardModel, ambassador: Ambassador): void {
  const subject = { nameMode: model.limits.nameMode, publicName: model.limits.namedAs };
  const findings = checkTextsPrivacy(prepCardTexts(model), ambassador, subject, () => false, { jigsaw: false });
  const first = findings[0];
  if (!first) return;
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  throw new AppError(
    'CONFLICT',
    `The prep card was not made: ${first.label} contains ${KIND_LABELS[first.kind]}${more}. Write it in general words there, so the card gives nothing private away if someone else sees it.`,
    findings.map((f) => ({ path: f.field, message: `${f.label} contains ${KIND_LABELS[f.kind]}.` })),
  );
}
