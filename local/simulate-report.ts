import type { SessionRow } from './simulate-coaching';

// What `npm run simulate` shows: a per-lift table of sessions, and an SVG chart of load and
// estimated max per lift over the simulated weeks.

const number = (value: number | undefined) =>
  value === undefined ? '-' : Number(value.toFixed(1)).toString();

export function liftTable(rows: readonly SessionRow[]): string {
  const lines: string[] = [];
  for (const exerciseId of [...new Set(rows.map((row) => row.exerciseId))]) {
    lines.push(`\n${exerciseId}`);
    lines.push(
      '  week day  date        focus        prescribed          done            plan max  est. max  true max',
    );
    for (const row of rows.filter((entry) => entry.exerciseId === exerciseId)) {
      const load = row.load ? `${number(row.load.value)} ${row.load.unit}` : 'bodyweight';
      const prescribed = `${row.sets}×${row.targetReps} @ ${load}`;
      const done = row.repsDone
        .map((reps, index) => `${reps}${effortMarks[row.efforts[index] ?? 'plain']}`)
        .join(',');
      const notes = [row.calibrated ? 'calibrated' : '', row.deloadNext ? 'deload next' : '']
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${String(Math.floor(row.day / 7) + 1).padStart(4)} ${String(row.day).padStart(3)}  ${row.date}  ${row.focus.padEnd(11)}  ${prescribed.padEnd(18)}  ${done.padEnd(14)}  ${number(row.planMax?.value).padStart(8)}  ${number(row.estimatedMax?.value).padStart(8)}  ${number(row.trueMax).padStart(8)}  ${notes}`,
      );
    }
  }
  lines.push(
    '\n  done: reps per set as said; ! missed or ground out to failure, + easy, ~ hard.' +
      '\n  plan max: the max the prescription came from; est. max: what the progress Lambda stored after the session.',
  );
  return lines.join('\n');
}

const effortMarks = { failure: '!', easy: '+', hard: '~', plain: '' } as const;

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

/** One panel per loaded lift: load (solid) and estimated max (dashed) against the day. */
export function liftChart(rows: readonly SessionRow[], title: string): string {
  const lifts = [...new Set(rows.filter((row) => row.load).map((row) => row.exerciseId))];
  const width = 720;
  const panel = 180;
  const margin = 44;
  const lastDay = Math.max(1, ...rows.map((row) => row.day));
  const parts: string[] = [];
  lifts.forEach((exerciseId, index) => {
    const own = rows.filter((row) => row.exerciseId === exerciseId && row.load);
    const values = own
      .flatMap((row) => [row.load?.value ?? 0, row.estimatedMax?.value ?? 0])
      .filter((v) => v > 0);
    const low = Math.min(...values) * 0.95;
    const high = Math.max(...values) * 1.05;
    const top = 30 + index * (panel + 34);
    const x = (day: number) => margin + (day / lastDay) * (width - 2 * margin);
    const y = (value: number) => top + panel - ((value - low) / (high - low || 1)) * panel;
    const line = (focus: string, pick: (row: SessionRow) => number | undefined) =>
      own
        .filter((row) => row.focus === focus && pick(row) !== undefined)
        .map((row) => `${x(row.day).toFixed(1)},${y(pick(row) as number).toFixed(1)}`)
        .join(' ');
    const colour = palette[index % palette.length];
    const weekTicks = Array.from({ length: Math.floor(lastDay / 7) + 1 }, (_, week) => {
      const at = x(week * 7).toFixed(1);
      return `<line x1="${at}" y1="${top}" x2="${at}" y2="${top + panel}" stroke="#eee"/><text x="${at}" y="${top + panel + 12}" font-size="9">w${week + 1}</text>`;
    }).join('');
    const unit = own[0]?.load?.unit ?? '';
    parts.push(
      `<g><text x="${margin}" y="${top - 6}" font-size="12">${exerciseId} (${unit}): load solid, estimated max dashed, strength thicker than size; ${number(low)}–${number(high)}</text>`,
      `<rect x="${margin}" y="${top}" width="${width - 2 * margin}" height="${panel}" fill="none" stroke="#ccc"/>${weekTicks}`,
      // Goal "both" trains each lift for size and for strength: one pair of curves per focus.
      ...[...new Set(own.map((row) => row.focus))].map((focus) => {
        const width = focus === 'strength' ? 2.5 : 1.5;
        return (
          `<polyline fill="none" stroke="${colour}" stroke-width="${width}" points="${line(focus, (row) => row.load?.value)}"/>` +
          `<polyline fill="none" stroke="${colour}" stroke-width="${width}" stroke-dasharray="4 3" points="${line(focus, (row) => row.estimatedMax?.value)}"/>`
        );
      }),
      '</g>',
    );
  });
  const height = 40 + lifts.length * (panel + 34);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><text x="${margin}" y="16" font-size="14">${title}</text>${parts.join('')}</svg>\n`;
}
