/**
 * The prep card template: a model in, a complete HTML document out. Every string a person typed is escaped and
 * sits in its own `dir="auto"` element (Arabic and Farsi lay out right to left on their own); the document has
 * the message sheet's CSP (no scripts, loads nothing). `showProofs: false` leaves the proof points off when the
 * card needs the room; `scale` shrinks the type.
 */
import { escapeHtml as e } from '../../message-sheet/escape';
import { SHEET_CSP } from '../../message-sheet/html';
import { ABC_STEPS } from './bridges';
import {
  BROADCAST_LABELS,
  formatCardDate,
  LEGAL_CHECK_REMINDER,
  lengthLabel,
  NAME_MODE_WORDS,
  NOT_FOR_THE_PRESS,
  ON_THE_RECORD,
  PHOTO_LABELS,
} from './labels';
import type { PrepCardModel } from './model';
import { prepCardStyles } from './styles';

export interface PrepCardLayout {
  scale: number;
  showProofs: boolean;
}

const typed = (text: string, tag = 'span', className = '') =>
  `<${tag}${className ? ` class="${className}"` : ''} dir="auto">${e(text)}</${tag}>`;

function row(term: string, value: string): string {
  return `<dt>${e(term)}</dt><dd>${value}</dd>`;
}

function interviewFacts(m: PrepCardModel): string {
  const rows = [
    row('When', e(m.interviewDate ? formatCardDate(m.interviewDate) : 'Not fixed yet')),
    row('Format', e(m.format.name)),
    row('Live?', e(BROADCAST_LABELS[m.broadcast])),
    row('Length', e(lengthLabel(m.lengthMinutes))),
  ];
  if (m.deadline) rows.push(row('Answer by', e(formatCardDate(m.deadline))));
  if (m.runsOn) rows.push(row('Runs', e(formatCardDate(m.runsOn))));
  if (m.angle) rows.push(row('Angle', typed(m.angle)));
  if (m.othersInterviewed) rows.push(row('Who else', typed(m.othersInterviewed)));
  const rules = m.format.rules.map((r) => `<li>${e(r)}</li>`).join('');
  return `<section aria-labelledby="card-interview"><h2 id="card-interview">The interview</h2><dl class="facts">${rows.join('')}</dl>
<h3>${e(m.format.name)}: the rules</h3><ul class="rules">${rules}</ul></section>`;
}

function agreedLimits(m: PrepCardModel): string {
  const { limits } = m;
  const caution = limits.lessPrivateThanProfile
    ? `<br><span class="caution">More than your profile allows in public: be sure you agreed to it.</span>`
    : '';
  const named = `${typed(limits.namedAs, 'strong')} (${e(NAME_MODE_WORDS[limits.nameMode])})${caution}`;
  const topics =
    limits.offLimits.length > 0
      ? `<ul>${limits.offLimits.map((t) => `<li>${typed(t)}</li>`).join('')}</ul>`
      : '<span class="none">None listed</span>';
  const legal = limits.legalCheckDue ? `<p class="legal">${e(LEGAL_CHECK_REMINDER)}</p>` : '';
  return `<section class="limits" aria-labelledby="card-limits"><h2 id="card-limits">What you agreed</h2><dl>${row('Named as', named)}${row(
    'Photo',
    e(PHOTO_LABELS[limits.photo]),
  )}${row('Off limits', topics)}</dl>${legal}<p class="record">${e(ON_THE_RECORD)}</p></section>`;
}

function messages(m: PrepCardModel, showProofs: boolean): string {
  if (!m.hasHouse || (m.umbrella === '' && m.keyMessages.length === 0)) {
    return `<section aria-labelledby="card-messages"><h2 id="card-messages">Your messages</h2><p class="none">No primary Message House yet: write your umbrella message and key messages first.</p></section>`;
  }
  const umbrella = m.umbrella
    ? `<section class="umbrella" aria-labelledby="card-umbrella"><h2 id="card-umbrella">Umbrella message</h2>${typed(m.umbrella, 'p')}</section>`
    : '';
  const items = m.keyMessages
    .map(
      (k) => `<li>${typed(k.message, 'p', 'message')}${showProofs && k.proof ? typed(k.proof, 'p', 'proof') : ''}</li>`,
    )
    .join('');
  const list = items
    ? `<section aria-labelledby="card-key"><h2 id="card-key">Key messages</h2><ol class="messages">${items}</ol></section>`
    : '';
  return umbrella + list;
}

function bridging(m: PrepCardModel): string {
  const steps = ABC_STEPS.map((s) => e(s)).join(' → ');
  const phrases = m.bridges.map((b) => `<li>${e(b)}</li>`).join('');
  const hard =
    m.hardQuestions.length > 0
      ? `<h3>If they ask</h3><dl class="hard">${m.hardQuestions
          .map((q) => `<div><dt>${typed(q.question)}</dt><dd>${typed(q.bridgeHint)}</dd></div>`)
          .join('')}</dl>`
      : '';
  return `<section aria-labelledby="card-bridges"><h2 id="card-bridges">Bridging lines</h2><p class="abc">${steps}</p><ul class="phrases">${phrases}</ul>${hard}</section>`;
}

/** A complete HTML document of one page (one `.paper`, which the tests' stand-in printer counts). */
export function renderPrepCardHtml(m: PrepCardModel, { scale, showProofs }: PrepCardLayout): string {
  const meta = [m.journalist ? typed(m.journalist) : '', m.interviewDate ? e(formatCardDate(m.interviewDate)) : '']
    .filter((p) => p !== '')
    .join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(SHEET_CSP)}">
<meta name="referrer" content="no-referrer">
<title>${e(m.title)}</title>
<style>${prepCardStyles(m.paper, scale)}</style>
</head>
<body><div class="paper"><main class="card">
<header class="top"><p class="kicker">${e(NOT_FOR_THE_PRESS)}</p>${typed(m.outlet || 'Interview', 'h1')}${meta ? `<p class="meta">${meta}</p>` : ''}</header>
<div class="columns">${interviewFacts(m)}${agreedLimits(m)}</div>
${messages(m, showProofs)}
${bridging(m)}
<footer>Prepared ${e(formatCardDate(m.preparedOn))}. Keep this card to yourself.</footer>
</main></div></body>
</html>`;
}
