/**
 * Mutations of the sample inputs, as a clerk's slips and a careless tool produce them: values of the wrong type or
 * form (comma decimals, Thai digits, years with "พ.ศ.", absurd amounts), keys dropped, misspelt or given twice,
 * text with control, bidi and non-XML characters, deep nesting, truncated or re-encoded files. Seeded: the same seed
 * gives the same mutations in every run.
 */

/** One mutated input: the bytes of a file, and what was done to the sample, for a failure's message. */
export interface Mutation {
  bytes: Uint8Array;
  description: string;
}

type Random = () => number;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const STRINGS = [
  '8,5', '๘๘,๒๒', '12,5', '1,250,000', '88.22', '๙๒.๖๙', '', ' ', '-1', '1e21', '0.004', '99.999', 'Infinity',
  'NaN', 'undefined', 'null', '[object Object]', 'พ.ศ. ๒๕๖๔', '2564-2565', '2563-06-18', '18 มิถุนายน 2563',
  'ต.ค. 67', '2567-13', 'I1', 'O42', 'E11', 'O1-O9', 'x\u0000y', 'a\uffffb', '\ud800', 'ก\u202eข', '\u2067ชื่อ\u2069',
  'summary.json', '../..', 'CON', '😀'.repeat(50), 'ก' + '\u0e48'.repeat(300), '.'.repeat(2000), 'จังหวัดทดสอบ',
  'ผ่าน', 'A', 'AA', 'F', '0.8822', '๑๐๐', '  ๙๗.๕๐  ', '1,2,3', '+5', '.5', '5.', '١٢٣', '\t\n', 'www.a1.com',
];
const NUMBERS = [0, -1, 0.004, 99.999, 100, 100.01, 1e21, 1e308, -0, 0.8822, 88.22, 2564, 2021, 12.5, 5000, 3.14159, 1e-7, 7];

function randomValue(random: Random, depth = 0): Json {
  switch (Math.floor(random() * 8)) {
    case 0:
    case 1:
      return pick(random, STRINGS);
    case 2:
    case 3:
      return pick(random, NUMBERS);
    case 4:
      return pick(random, [true, false, null]);
    case 5:
      return depth > 1 ? [] : [randomValue(random, depth + 1), randomValue(random, depth + 1)];
    case 6:
      return depth > 1 ? {} : { name: randomValue(random, depth + 1) };
    default:
      return pick(random, STRINGS) + pick(random, STRINGS);
  }
}

/** Every place in a JSON value: [parent, key]. */
function places(value: Json, out: [Json[] | { [k: string]: Json }, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), places(v, out)));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) out.push([value, k]), places(value[k]!, out);
  return out;
}

const encoder = new TextEncoder();

/** Windows-874 byte of each character the code page has beyond ASCII, from Node's own decoder. */
const WINDOWS_874 = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const ch = new TextDecoder('windows-874').decode(Uint8Array.of(byte));
  if (ch !== '\ufffd') WINDOWS_874.set(ch, byte);
}

/** Windows-874 bytes of text that fits the code page (Thai, ASCII, its punctuation); undefined otherwise. */
export function windows874(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (WINDOWS_874.has(ch)) out.push(WINDOWS_874.get(ch)!);
    else return undefined;
  }
  return Uint8Array.from(out);
}

/** One mutation of `sample` (a parsed sample input). */
export function mutate(sample: Json, random: Random): Mutation {
  const value = structuredClone(sample);
  const all = places(value);
  const [parent, key] = pick(random, all);
  const at = `${JSON.stringify(key)}`;
  const set = (v: Json) => ((parent as Record<string | number, Json>)[key] = v);
  const kind = Math.floor(random() * 16);
  let description: string;
  switch (kind) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const v = randomValue(random);
      set(v);
      description = `set ${at} to ${JSON.stringify(v).slice(0, 60)}`;
      break;
    }
    case 4:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      description = `removed ${at}`;
      break;
    case 5: {
      const target = Array.isArray(parent) ? value : parent;
      if (target && typeof target === 'object' && !Array.isArray(target)) target[pick(random, ['responsable', 'Name', 'note', '๑', '1', 'extra'])] = randomValue(random);
      description = `added a key near ${at}`;
      break;
    }
    case 6: {
      // A key given twice, in Thai and Arabic digits, or the same key twice in the text.
      let text = JSON.stringify(value, null, 1);
      text = text.replace(/"(\d{1,2})": ([^,\n]+)/, (m, n: string, v: string) => `${m},\n"${n.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}": ${v}`);
      return { bytes: encoder.encode(text), description: 'an indicator key given twice (Thai and Arabic digits)' };
    }
    case 7: {
      const depth = pick(random, [50, 200, 5_000, 100_000]);
      set(JSON.parse('['.repeat(Math.min(depth, 900)) + ']'.repeat(Math.min(depth, 900))) as Json);
      if (depth > 900) {
        const text = JSON.stringify(value).replace('[[[', '['.repeat(depth - 897) + '[[[').replace(']]]', ']]]' + ']'.repeat(depth - 897));
        return { bytes: encoder.encode(text), description: `nesting ${depth} deep at ${at}` };
      }
      description = `nesting ${depth} deep at ${at}`;
      break;
    }
    case 8: {
      const text = JSON.stringify(value, null, 2);
      const cut = Math.floor(random() * text.length);
      return { bytes: encoder.encode(text.slice(0, cut)), description: `truncated at ${cut}` };
    }
    case 9: {
      const text = JSON.stringify(value, null, 2);
      const i = Math.floor(random() * text.length);
      const ch = pick(random, [',', '"', '{', ']', '\u0000', '\\', '๘', ' ', ':', '\n', "'"]);
      return { bytes: encoder.encode(text.slice(0, i) + ch + text.slice(i)), description: `inserted ${JSON.stringify(ch)} at ${i}` };
    }
    case 10: {
      const text = JSON.stringify(value, null, 2);
      const legacy = windows874(text);
      if (legacy) return { bytes: legacy, description: 'saved as Windows-874' };
      return { bytes: encoder.encode(text), description: 'unchanged (not Windows-874-able)' };
    }
    case 11: {
      const text = JSON.stringify(value, null, 2);
      const le = random() < 0.5;
      const bom = random() < 0.5;
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      const bytes = bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
      return { bytes: new Uint8Array(bytes), description: `saved as UTF-16${le ? 'LE' : 'BE'}${bom ? ' with BOM' : ''}` };
    }
    case 12: {
      const v = parent[key as never] as Json;
      if (typeof v === 'string') set(v.repeat(Math.ceil(pick(random, [2_000, 20_000]) / Math.max(1, v.length))));
      description = `long text at ${at}`;
      break;
    }
    case 13: {
      const v = parent[key as never] as Json;
      if (typeof v === 'number') set(String(v).replace('.', ','));
      else if (typeof v === 'string') set(v.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))));
      description = `commas or Thai digits at ${at}`;
      break;
    }
    case 14: {
      const v = parent[key as never] as Json;
      set(typeof v === 'number' ? -v : typeof v === 'string' ? v + pick(random, ['\u0007', '\u202e', '\ufffe', '\u200b', '\u000b', '\u0085']) : v);
      description = `negated or added a control character at ${at}`;
      break;
    }
    default: {
      const v = parent[key as never] as Json;
      set(Array.isArray(v) ? (v[0] ?? null) : v && typeof v === 'object' ? JSON.stringify(v) : [v as Json]);
      description = `changed the shape at ${at}`;
    }
  }
  return { bytes: encoder.encode(JSON.stringify(value, null, 2)), description };
}
