/**
 * Counting a Stryker run the way issue 15 states its goal: timeouts count as killed (the mutant made the code
 * hang, which a test noticed), no-coverage as survived (no test even ran the code). Ignored (static) mutants,
 * and mutants that do not compile or crash the runner, are left out of the score, as Stryker does.
 */

/** @param {ReadonlyArray<{ status: string }>} results */
export function tally(results) {
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    errors: count('CompileError') + count('RuntimeError'),
  };
}

/** Percentage with one decimal, or null when there was nothing to score. */
export function scoreOf({ killed, timeout, survived, noCoverage }) {
  const valid = killed + timeout + survived + noCoverage;
  return valid === 0 ? null : Math.round(((killed + timeout) / valid) * 1000) / 10;
}

const COLUMNS = ['module', 'killed', 'timeout', 'survived', 'no coverage', 'score', 'time'];

export function formatTable(rows) {
  const lines = rows.map((r) => {
    const score = scoreOf(r);
    return [
      r.name,
      String(r.killed),
      String(r.timeout),
      String(r.survived),
      String(r.noCoverage),
      score === null ? 'n/a' : `${score.toFixed(1)} %`,
      `${Math.round(r.seconds)} s`,
    ];
  });
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i].length)));
  const pad = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' · ');
  return [pad(COLUMNS), ...lines.map(pad)].join('\n');
}

/** "file:line  Mutator  replacement" for each mutant no test caught, from a Stryker JSON report. */
export function survivorLines(report) {
  const lines = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      lines.push(
        `${m.status === 'NoCoverage' ? 'no cover' : 'survived'} ${file}:${m.location.start.line}  ${m.mutatorName}  ${replacement}`,
      );
    }
  }
  return lines;
}
