import { textSourceFromBytes } from '../io/TextSource.js';
import type { Decision, Exemption } from '../model/records.js';
import type { Finding } from '../model/report.js';
import { candidatesOf } from '../prompts/actionChoices.js';
import { findExemption } from '../prompts/addExemptionFlow.js';
import { toExemption } from '../prompts/linkDetails.js';
import { describeAnswer, type ReviewAnswer } from '../prompts/reviewFlow.js';
import type { PupilIdsOnRoll } from '../read/pupilIdsOnRoll.js';
import { type DecisionField, keyAsNow, readDecisions } from '../read/readDecisions.js';
import { KeptFile } from '../write/KeptFile.js';
import { DECISIONS_FILE, decisionValues, exemptionValues } from '../write/keptFileKinds.js';
import { type FileEdit, saveEdits, saveOrRedo } from '../write/saveEdits.js';
import type { CliIO } from './CliIO.js';
import { type ConflictingDecisions, conflictsMade } from './conflictingDecisions.js';
import { decisionsFor } from './decisionsFor.js';
import { identificationsReplaced } from './earlierDecision.js';
import { changeTime, type OpenExemptions } from './exemptionsFolder.js';
import { say } from './say.js';
import { settleMeanwhile } from './settleMeanwhile.js';

/** The files a review decides into, as they were when it began. */
export interface ReviewFiles {
  decisionsFile: KeptFile<DecisionField>;
  decisionsName: string;
  /** decisions.csv's rows then, by key: a row different now is a colleague's, saved meanwhile. */
  decided: ReadonlyMap<string, Decision>;
  conflicting: ConflictingDecisions;
  exemptions: OpenExemptions;
  /** exemptions.csv as it is now, for saving again after a colleague's save. */
  reopenExemptions(): Promise<OpenExemptions>;
  roll: PupilIdsOnRoll;
}

/**
 * decisions.csv's rows with their keys as the audit reads them: a decision Excel saved as 123 is the roll's
 * 00123's, and an earlier version's key (keyAsNow) this version's. `into` hears of rows that disagree.
 */
export function readDecisionRows(
  decisionsName: string,
  bytes: Uint8Array,
  roll: PupilIdsOnRoll,
  today: string,
  into?: ConflictingDecisions,
): Promise<Decision[]> {
  return readDecisions(textSourceFromBytes(decisionsName, bytes), into, [], roll, today);
}

/**
 * Saves a review's answers to decisions.csv (a family link to exemptions.csv too) and says what was saved.
 * Where a colleague saved meanwhile, the answers go into the files as they are now, the person asked
 * (`ask`, at a terminal) where a colleague decided one of the same findings otherwise.
 */
export async function saveReviewAnswers(
  answers: ReviewAnswer[],
  by: string,
  files: ReviewFiles,
  findings: readonly Finding[],
  io: CliIO,
  ask?: (message: string) => Promise<boolean>,
): Promise<number> {
  const { decisionsFile, decisionsName, conflicting, roll } = files;
  const today = io.today();
  const out = (text: string): void => say(io.stdout, text);
  // A row is the answer's where its key, read as the audit reads it, is the answer's.
  const rowsFor = (key: string) => (get: (field: DecisionField) => string | undefined) =>
    roll.keyOnRoll(keyAsNow(get('key') ?? '', get('accountName'))) === key;
  const author = { by, at: changeTime(io) };
  let kept = answers;
  let superseded: string[] = [];
  let linksTakenOut: { answer: ReviewAnswer; link: Exemption }[] = [];
  const save = async ({ into, links }: { into: KeptFile<DecisionField>; links: OpenExemptions }): Promise<boolean> => {
    if (kept.length === 0) return false;
    // A colleague's decision that the account is another pupil, which the person chose to replace, rows that
    // contradicted each other about an account now decided, and another of its pupils confirmed earlier.
    const cleared = kept.flatMap((answer) => [
      ...conflicting.keysToClear(answer.item.finding),
      ...identificationsReplaced(answer, files.decided).map((row) => row.key),
    ]);
    for (const key of [...superseded, ...cleared]) into.remove(rowsFor(key), author);
    linksTakenOut = [];
    for (const answer of kept) {
      // The account is none of its pupils: a family link recorded as what it was goes with that decision.
      if (answer.decision === 'dismiss')
        for (const link of answer.item.links ?? [])
          if (links.file.remove(links.linkRows(link.staffId, link.pupilId), author).length > 0)
            linksTakenOut.push({ answer, link });
      for (const record of decisionsFor(answer, by, today))
        into.replace(rowsFor(record.key), decisionValues(record), author, 'decided');
      if (
        answer.decision === 'family' &&
        !findExemption(links.exemptions, answer.item.finding.staff.id, answer.pupil.id)
      ) {
        links.file.add(
          exemptionValues(toExemption(answer.item.finding.staff.id, answer.pupil.id, answer.details, today)),
          author,
        );
      }
    }
    const edits: FileEdit[] = [into.toEdit()];
    if (links.file.changed) edits.push(links.file.toEdit());
    await saveEdits(edits, io.writeFs);
    return links.file.changed;
  };
  const { result: linksSaved } = await saveOrRedo(
    { into: decisionsFile, links: files.exemptions },
    async () => {
      const into = await KeptFile.open(decisionsFile.path, decisionsName, DECISIONS_FILE);
      const links = await files.reopenExemptions();
      out(
        'The files changed while you were answering (another change was saved); your decisions are added to them as they are now.',
      );
      const meanwhile = into.original ? await readDecisionRows(decisionsName, into.original, roll, today) : [];
      ({ kept, superseded } = await settleMeanwhile(kept, meanwhile, files.decided, {
        by,
        today,
        out,
        ...(ask ? { ask } : {}),
      }));
      return { into, links };
    },
    save,
  );
  if (!ask) for (const answer of kept) out(describeAnswer(answer));
  if (kept.length === 0) {
    out('Nothing was written.');
    return 0;
  }
  const families = kept.filter((a) => a.decision === 'family').length;
  const added = linksSaved && families > 0;
  out(
    `Saved ${kept.length} decision${kept.length === 1 ? '' : 's'} to ${decisionsName}${added ? ` and the family link${families === 1 ? '' : 's'} to ${files.exemptions.name}` : ''}. The next audit applies ${kept.length === 1 ? 'it' : 'them'}.`,
  );
  for (const { answer, link } of linksTakenOut)
    out(
      `Took the family link between ${answer.item.finding.staff.name} and ${pupilNamed(answer, link.pupilId)} (${link.relationship}) out of ${files.exemptions.name}, with the decision it was recorded with.`,
    );
  // A decision at odds with one on a colleague's list of the same account: said now, not at the next audit.
  const saved = new Set(kept.flatMap((answer) => decisionsFor(answer, by, today).map((d) => d.key)));
  for (const line of await conflictsMade(decisionsFile.path, decisionsName, saved, findings, roll, today))
    say(io.stderr, line);
  return 0;
}

/** The pupil of a finding's a link names, as the finding names them (the id where it does not). */
function pupilNamed(answer: ReviewAnswer, pupilId: string): string {
  return candidatesOf(answer.item.finding).find((p) => p.id === pupilId)?.name ?? `pupil ${pupilId}`;
}
