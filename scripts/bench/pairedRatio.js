/**
 * The audit's time against csv-parse's as issue 14 states it: each timing run parses the files and audits them
 * one after the other, so that the two meet the same moment of a shared machine's load; the ratio of each such
 * pair is taken and the median of those reported. The best audit against the best parse (as the bench printed
 * before) paired moments minutes apart, one of them maybe idle.
 */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Each run's audit against its own parse, by `key` (`ms` wall, `cpuMs` user and system), and their median:
 * `{ ratios, median, audit, parse }`, the last two the medians of the runs' own times (for the line printed).
 */
export function pairedRatio(parseRuns, auditRuns, key) {
  if (parseRuns.length !== auditRuns.length) throw new Error('a parse run for every audit run');
  const ratios = auditRuns.map((run, i) => run[key] / parseRuns[i][key]);
  return {
    ratios,
    median: median(ratios),
    audit: median(auditRuns.map((run) => run[key])),
    parse: median(parseRuns.map((run) => run[key])),
  };
}
