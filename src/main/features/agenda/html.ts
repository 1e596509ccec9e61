/**
 * The printed agenda: one page, a table per day. Every string a person typed is escaped; the document has no
 * scripts and loads nothing (the message sheet's CSP). `scale` shrinks the type when a long agenda would
 * otherwise run onto a second page.
 */
import { EXERCISE_LABELS, type Agenda, type AgendaBlock } from '../../../shared/features/agenda/schemas';
import { dateOfDay, formatAgendaDate, formatTimeRange } from '../../../shared/features/agenda/time';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import { PAPER_SIZES, type Paper } from '../../../shared/features/message-sheet/paper';
import { escapeHtml as e } from '../message-sheet/escape';
import { SHEET_CSP } from '../message-sheet/html';

export interface AgendaPrint {
  cohort: Cohort;
  agenda: Agenda;
  paper: Paper;
  includeNotes: boolean;
  scale: number;
}

export function agendaTitle(cohort: Cohort): string {
  return `Agenda - ${cohort.name}`;
}

function row(block: AgendaBlock, includeNotes: boolean): string {
  const exercise = block.exercise
    ? `<span class="exercise">Exercise: ${e(EXERCISE_LABELS[block.exercise])}</span>`
    : '';
  const notes = includeNotes && block.notes ? `<p class="notes" dir="auto">${e(block.notes)}</p>` : '';
  return `<tr><th scope="row" class="time">${e(formatTimeRange(block.startMinute, block.durationMinutes))}</th><td><span class="title" dir="auto">${e(block.title)}</span>${exercise}${notes}</td></tr>`;
}

function day(agenda: Agenda, dayNumber: number, includeNotes: boolean): string {
  const blocks = agenda.blocks.filter((b) => b.day === dayNumber);
  const date = agenda.startDate ? ` · ${e(formatAgendaDate(dateOfDay(agenda.startDate, dayNumber)))}` : '';
  return `<section aria-labelledby="day-${dayNumber}"><h2 id="day-${dayNumber}">Day ${dayNumber}${date}</h2>
<table><thead><tr><th scope="col" class="time">Time</th><th scope="col">Session</th></tr></thead><tbody>${blocks
    .map((b) => row(b, includeNotes))
    .join('')}</tbody></table></section>`;
}

function styles(paper: Paper, scale: number): string {
  const { marginMm } = PAPER_SIZES[paper];
  const pt = (size: number) => `${(size * scale).toFixed(2)}pt`;
  return `@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; margin: ${marginMm}mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif; color: #111; font-size: ${pt(10)}; line-height: 1.3; }
header { border-bottom: 2px solid #1c3d5a; margin-bottom: ${pt(8)}; padding-bottom: ${pt(4)}; }
.kicker { margin: 0; font-size: ${pt(9)}; text-transform: uppercase; letter-spacing: 0.08em; color: #1c3d5a; }
h1 { margin: 0; font-size: ${pt(18)}; }
.meta { margin: 0; color: #333; }
h2 { font-size: ${pt(12)}; margin: ${pt(8)} 0 ${pt(3)}; color: #1c3d5a; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: ${pt(2.5)} ${pt(4)}; border-bottom: 1px solid #ccc; }
thead th { font-size: ${pt(8)}; text-transform: uppercase; color: #444; border-bottom: 1px solid #888; }
.time { width: 28%; white-space: nowrap; font-weight: 600; }
.title { font-weight: 600; }
.exercise { display: inline-block; margin-left: ${pt(6)}; font-size: ${pt(8.5)}; color: #1c3d5a; }
.notes { margin: ${pt(1.5)} 0 0; font-size: ${pt(8)}; color: #333; }
footer { margin-top: ${pt(8)}; font-size: ${pt(8)}; color: #444; }`;
}

/** A complete HTML document; the fake printer in component tests counts its one `.paper`. */
export function renderAgendaHtml({ cohort, agenda, paper, includeNotes, scale }: AgendaPrint): string {
  const days = [...new Set(agenda.blocks.map((b) => b.day))].sort((a, b) => a - b);
  const meta = [cohort.organisation, cohort.campaign, cohort.hashtag].filter((t) => t.trim() !== '');
  const copy = includeNotes ? 'Facilitator copy, with notes: not for the wall.' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(SHEET_CSP)}">
<title>${e(agendaTitle(cohort))}</title>
<style>${styles(paper, scale)}</style>
</head>
<body><div class="paper"><main>
<header><p class="kicker">Residential agenda</p><h1 dir="auto">${e(cohort.name)}</h1>${
    meta.length > 0 ? `<p class="meta" dir="auto">${meta.map(e).join(' · ')}</p>` : ''
  }</header>
${days.length > 0 ? days.map((d) => day(agenda, d, includeNotes)).join('\n') : '<p>No blocks on the agenda yet.</p>'}
${copy ? `<footer>${e(copy)}</footer>` : ''}
</main></div></body>
</html>`;
}
