import type { BenchResults, ConversationFigures } from './results';
import { type Distribution, round } from './stats';
import { readUnitsPerTurn, verdict } from './targets';

/** Plain-text columns, left-aligned text and right-aligned numbers, for a terminal or a README. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = headers.map(
    (_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join(
    '\n',
  );
}

function latencyLine(latency: Distribution): string {
  return `p50 ${round(latency.p50, 1)}  p95 ${round(latency.p95, 1)}  p99 ${round(latency.p99, 1)}  max ${round(latency.max, 1)} (${latency.count} turns)`;
}

function kb(bytes: number): number {
  return round(bytes / 1024, 1);
}

/** The figures of one group of lifters: totals, latency, per intent, per workout. */
function conversationSections(conversations: ConversationFigures, title: string): string[] {
  const sections: string[] = [];
  const latency = conversations.latencyMs;
  sections.push(
    [
      `${title}: ${conversations.completedWorkouts}/${conversations.lifters} workouts, ${conversations.concurrency} at a time, ` +
        `${conversations.turns} turns (${conversations.failedTurns} failed) in ${round(conversations.wallMs / 1000, 1)} s, ` +
        `${round(conversations.turnsPerSecond, 1)} turns/s, peak RSS ${round(conversations.peakRssMb, 1)} MB`,
      `per-turn latency ms, ${conversations.concurrency} lifters at a time: ${latencyLine(latency)}`,
      `  of which waiting for DynamoDB Local: ${round(conversations.dynamoMsPerTurn, 1)} ms per turn on average (mean turn ${round(latency.mean, 1)} ms)`,
      ...(conversations.soloLatencyMs
        ? [
            `per-turn latency ms, one lifter at a time: ${latencyLine(conversations.soloLatencyMs)}`,
            `  of which waiting for DynamoDB Local: ${round(conversations.soloDynamoMsPerTurn ?? 0, 1)} ms per turn on average (mean turn ${round(conversations.soloLatencyMs.mean, 1)} ms)`,
          ]
        : []),
      `sets said ${conversations.setsSaid}, rests timed through the Timers API ${conversations.timedRests}` +
        (conversations.capacityAddedByBench ? '; ReturnConsumedCapacity added by the bench’s counter' : ''),
      `progress Lambda: ${conversations.progressFailures.records} failed record(s) reported, ` +
        `${conversations.progressFailures.batchesGivenUp} batch(es) given up on`,
      ...conversations.lifterProblems.map(
        ({ problem, lifters }) => `  ${lifters} lifter(s) stopped early: ${problem}`,
      ),
    ].join('\n'),
  );
  sections.push(
    formatTable(
      [
        'intent',
        'turns',
        'p50 ms',
        'p99 ms',
        'max ms',
        'reads mean',
        'reads max',
        'writes mean',
        'writes max',
        'RRU/turn',
        'WRU/turn',
      ],
      conversations.byIntent.map((figures) => [
        figures.questionOnly ? `${figures.intent} (question)` : figures.intent,
        figures.turns,
        round(figures.latencyMs.p50, 1),
        round(figures.latencyMs.p99, 1),
        round(figures.latencyMs.max, 1),
        round(figures.reads.mean),
        figures.reads.max,
        round(figures.writes.mean),
        figures.writes.max,
        round(figures.readUnits),
        round(figures.writeUnits),
      ]),
    ),
  );
  const perWorkout = conversations.perWorkout;
  sections.push(
    formatTable(
      ['per workout', 'value'],
      [
        ['turns', round(perWorkout.turns, 1)],
        ['sets logged', round(perWorkout.setsLogged, 1)],
        ['skill read request units', round(perWorkout.skillReadUnits, 2)],
        ['skill write request units', round(perWorkout.skillWriteUnits, 2)],
        ['skill billed ms', round(perWorkout.skillBilledMs, 0)],
        ['progress invocations', round(perWorkout.progressInvocations, 2)],
        ['progress billed ms', round(perWorkout.progressBilledMs, 1)],
        ['progress read request units', round(perWorkout.progressReadUnits, 2)],
        ['progress write request units', round(perWorkout.progressWriteUnits, 2)],
      ],
    ),
  );
  return sections;
}

/** New and long-time lifters side by side: what a year of history changes. */
function cohortComparison(results: BenchResults, longTime: NonNullable<BenchResults['longTime']>): string {
  const fresh = results.conversations as ConversationFigures;
  const old = longTime.conversations;
  const row = (figure: string, pick: (figures: ConversationFigures) => number, digits = 2) => [
    figure,
    round(pick(fresh), digits),
    round(pick(old), digits),
  ];
  return formatTable(
    ['new vs long-time lifters', 'new', 'long-time'],
    [
      row('read request units per turn', readUnitsPerTurn),
      row('write request units per turn', (f) => f.perWorkout.skillWriteUnits / f.perWorkout.turns),
      row('reads per turn, max', (f) => f.requestsPerTurn.reads.max, 0),
      row('writes per turn, max', (f) => f.requestsPerTurn.writes.max, 0),
      row('latency p50 ms', (f) => f.latencyMs.p50, 1),
      row('latency p95 ms', (f) => f.latencyMs.p95, 1),
      row('latency p99 ms', (f) => f.latencyMs.p99, 1),
      [
        'cost per 1,000 workouts, $',
        round(results.cost?.perThousandWorkouts.totalUsd ?? Number.NaN, 4),
        round(longTime.cost.perThousandWorkouts.totalUsd, 4),
      ],
    ],
  );
}

export function formatReport(results: BenchResults): string {
  const sections: string[] = [];
  const { machine } = results;
  sections.push(
    `Lift Coach bench — ${results.takenAt} — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ` +
      `load average ${round(machine.loadAverage.atStart, 1)} → ${round(machine.loadAverage.atEnd, 1)}`,
  );

  const { bundles, coldStart } = results;
  sections.push(
    formatTable(
      ['bundle', 'raw KB', 'gzip KB'],
      [
        ['dist/skill/index.mjs', kb(bundles.skill.rawBytes), kb(bundles.skill.gzipBytes)],
        ['baseline (ask-sdk-core + GetItem)', kb(bundles.baseline.rawBytes), kb(bundles.baseline.gzipBytes)],
        ['ratio', round(bundles.rawRatio), round(bundles.gzipRatio)],
      ],
    ),
  );
  sections.push(
    formatTable(
      [
        `cold start, median of ${coldStart.runs}`,
        'import ms',
        'first answer ms',
        'cold start ms',
        'node start→answer ms',
        'max RSS MB',
      ],
      [coldStart.skill, coldStart.baseline].map((summary) => [
        summary.name,
        round(summary.importMs, 1),
        round(summary.firstInvokeMs, 1),
        round(summary.coldStartMs, 1),
        round(summary.sinceProcessStartMs, 1),
        round(summary.maxRssMb, 1),
      ]),
    ),
  );

  if (results.conversations) sections.push(...conversationSections(results.conversations, 'conversations'));
  const longTime = results.longTime;
  if (longTime) {
    const { history } = longTime;
    sections.push(
      ...conversationSections(
        longTime.conversations,
        `long-time lifters (each with ${history.workouts} workouts, ${history.sets} sets, ${history.lifts} lifts of history)`,
      ),
    );
    if (results.conversations) sections.push(cohortComparison(results, longTime));
  }

  const cost = results.cost;
  if (cost) {
    const { perThousandWorkouts: usd, prices, memoryMb } = cost;
    sections.push(
      [
        `cost per 1,000 workouts: $${round(usd.totalUsd, 4)} (DynamoDB $${round(usd.dynamoDbUsd, 4)}, Lambda $${round(usd.lambdaUsd, 4)})`,
        `  prices of ${prices.takenOn}, ${prices.region}: DynamoDB on-demand $${prices.dynamoDbOnDemand.usdPerMillionReadRequestUnits}/M RRU, ` +
          `$${prices.dynamoDbOnDemand.usdPerMillionWriteRequestUnits}/M WRU (${prices.dynamoDbOnDemand.source}); ` +
          `Lambda arm64 $${prices.lambdaArm64.usdPerGbSecond}/GB-s, $${prices.lambdaArm64.usdPerMillionRequests}/M requests (${prices.lambdaArm64.source})`,
        `  memory: skill ${memoryMb.skill} MB, progress ${memoryMb.progress} MB (${memoryMb.source})`,
      ].join('\n'),
    );
  }

  sections.push(
    formatTable(
      ['target', 'goal', 'measured', 'verdict'],
      results.targets.map((check) => [check.name, check.target, check.measured, verdict(check.met)]),
    ),
  );
  if (results.notMeasured.length > 0) {
    sections.push(`not measured:\n${results.notMeasured.map((reason) => `  - ${reason}`).join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}
