/**
 * What to type, for a field given in the wrong shape: a clerk told that letter.signatory "must be an object { ... }"
 * does not know what to write (issue 12); an example of the field does.
 */
import type { Bilingual } from './problems.js';

const PERSON = '{"name": "นายพินิจ บุญเลิศ", "position": "ผู้ว่าราชการจังหวัดนครปฐม"}';

/** Examples by JSON path (indices written as [0]), most specific first. */
const EXAMPLES: [RegExp, string][] = [
  [/^(letter\.signatory|agency\.head|signOff\.(preparedBy|approvedBy))$/, PERSON],
  [/^signOff$/, `{"preparedBy": ${PERSON}}`],
  [/^agency$/, '{"name": "จังหวัดตาก", "kind": "province"}'],
  [/^letter$/, '{"kind": "memo", "number": "ตก ๐๐๑๗/ว ๑", "date": "2567-10-01", "subject": "...", "to": "...", "signatory": {...}}'],
  [/^letter\.enclosures\[\d+\]$/, '{"title": "มาตรการ...", "quantity": "๑ ชุด"}'],
  [/^letter\.contact$/, '{"unit": "สำนักงานจังหวัดตาก", "phone": "๐ ๕๕๕๑ ๔๕๐๐"}'],
  [/^scores$/, '{"overall": 92.69, "level": "A", "indicators": {"1": 97.81, "2": 96.16}}'],
  [/^scores\.(indicators|previous\.indicators)$/, '{"1": 97.81, "2": 96.16}'],
  [/^scores\.tools$/, '{"IIT": 96.42, "EIT": 80.88, "OIT": 98.75}'],
  [/^scores\.rank$/, '{"position": 5, "of": 76, "group": "จังหวัด"}'],
  [/^scores\.questions\[\d+\]$/, '{"code": "I1", "score": 95.5}'],
  [/^scores\.recommendations\[\d+\]$/, '{"tool": "EIT", "text": "..."}'],
  [/^scores\.previous$/, '{"overall": 90.12}'],
  [/^measures\[\d+\]$/, '{"id": "M1", "title": "มาตรการ...", "steps": ["..."]}'],
  [/^measures\[\d+\]\.period$/, '{"start": "2567-10", "end": "2568-09"}'],
  [/^measureGroups\[\d+\]$/, '{"id": "G1", "title": "..."}'],
  [/^developmentPoints\[\d+\]$/, '{"indicator": 9, "questions": ["O1-O9"], "points": ["..."]}'],
  [/^progress$/, '{"round": 6, "items": [{"measure": "M1", "status": "done"}]}'],
  [/^progress\.items\[\d+\]$/, '{"measure": "M1", "status": "in-progress", "percent": 50}'],
  [/^progress\.items\[\d+\]\.evidence\[\d+\]$/, '{"title": "...", "url": "https://..."}'],
  [/^conclusion$/, '{"paragraphs": ["..."]}'],
  [/^settings$/, '{"passMark": 85, "digits": "thai"}'],
  [/^framework$/, '{"weights": {"IIT": 30, "EIT": 30, "OIT": 40}}'],
  [/^measuresTable$/, '{"columns": ["measure", "steps", "responsible"], "widths": [3, 5, 2]}'],
];

/** An example of the field at `path`, as text to show after "expected", or undefined when there is none. */
export function exampleFor(path: string): Bilingual | undefined {
  const found = EXAMPLES.find(([pattern]) => pattern.test(path));
  if (!found) return undefined;
  return { th: `เช่น ${found[1]}`, en: `such as ${found[1]}` };
}
