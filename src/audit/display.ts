/**
 * What the prompts show of a finding, a pupil or a link, and how they make text from the input
 * safe to print: the report's own wording, so that a prompt and a report never disagree. Prompts
 * take it from here rather than from report/'s modules, which may change with the reports.
 */

export { connectionLine, findingWords } from '../report/findingWords.js';
export { inert, inertLines } from '../report/inert.js';
export { shortenedNames } from '../report/shortenedNames.js';
export {
  describeDecidedBy,
  describeHandle,
  describePupilStatus,
  describeSameAccountElsewhere,
  describeShownAs,
  LEVEL_VERB,
  longDate,
  platformName,
} from '../report/wording.js';
export { visibleLength, wrapLine, wrapLines, wrapWords } from '../report/wrapLine.js';
