/**
 * What the prompts show of a finding, a pupil or a link, and how they make text from the input
 * safe to print: the report's own wording, so that a prompt and a report never disagree. Prompts
 * take it from here rather than from report/'s modules, which may change with the reports.
 */

export { inert, inertLines } from '../report/inert.js';
export {
  describeHeldAtReview,
  describePupilStatus,
  describeReasons,
  describeRelationship,
  describeSameAccount,
  describeSameAccountElsewhere,
  describeShownAs,
  describeWeighing,
  LEVEL_TEXT,
  longDate,
  platformName,
} from '../report/wording.js';
export { visibleLength, wrapLine, wrapLines, wrapWords } from '../report/wrapLine.js';
