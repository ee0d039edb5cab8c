/**
 * The shape of an ITA framework: what the NACC (or a scheme like OBEC's) assesses in one year.
 * Every fact carries a `source` tag so a reader can tell a seen fact from a widely repeated one
 * (docs/ita.md: [S] seen in a public source, [M] widely repeated, [?] unclear — the last two are overridable).
 */

/** The three assessment tools. */
export type Tool = 'IIT' | 'EIT' | 'OIT';

/** Where a fact comes from: S seen in a public source, M widely repeated, ? unclear (docs/ita.md tags). */
export interface Source {
  tag: 'S' | 'M' | '?';
  note: string;
  /** Seen in one source only (one agency's website, one project's code): used, and the clerk is told to check it. */
  singleSource?: boolean;
}

/** One of the ten indicators. */
export interface IndicatorDef {
  number: number;
  name: string;
  tool: Tool;
  /** One-sentence description used in the background section of the O42 document. */
  description: string;
}

/** A tool with its weight in percent. */
export interface ToolDef {
  tool: Tool;
  /** Thai name, e.g. "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน". */
  name: string;
  /** English name as printed in brackets by the seeds. */
  englishName: string;
  weight: number;
}

/** A level of the result and the rule that gives it. */
export interface LevelDef {
  code: string;
  /** Thai label printed beside the code, e.g. "ผ่าน". */
  label: string;
  /** Lowest total for this level (inclusive). */
  min: number;
  /** Lowest mean every tool must reach (the per-tool rule from 2566); undefined when not used. */
  minEachTool?: number;
  /** Highest total for this level, as printed in the levels table. */
  max: number;
  passed: boolean;
}

/** An OIT item group (sub-indicator) with the range of item numbers it holds. */
export interface OitGroupDef {
  code: string;
  name: string;
  indicator: number;
  first: number;
  last: number;
}

/** An item of the OIT open-data check that itadoc writes (the measures document and its report). */
export interface ItemDef {
  /** "O42", or undefined when the code of that year and scheme is not known. */
  code?: string;
  /** The document's title (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน …). */
  title: string;
  /** The item's own name in the year's OIT list when it differs from the document's title ("O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"). */
  itemTitle?: string;
  /** The ITA year whose OIT list holds the item (a report may be checked the year after the measures). */
  itaYear?: number;
  source: Source;
  /** When the code is not known: the latest code known for the scheme, to tell the clerk (Thai, English). */
  hint?: { th: string; en: string };
}

/** The whole framework of one (scheme, assessment year). */
export interface Framework {
  scheme: string;
  /** The assessment year (B.E.) whose results are analysed. */
  assessmentYear: number;
  /** The fiscal year (B.E.) of the measures and their items. */
  fiscalYear: number;
  indicators: IndicatorDef[];
  tools: ToolDef[];
  levels: LevelDef[];
  /** 'grades' = AA…F (2562–2565); 'pass' = ผ่านดีเยี่ยม … with the per-tool rule (from 2566). */
  levelSystem: 'grades' | 'pass';
  /** Questions per IIT indicator and per EIT indicator; OIT items split by oitGroups. */
  iitQuestionsPerIndicator: number;
  eitQuestionsPerIndicator: number;
  oitGroups: OitGroupDef[];
  measuresItem: ItemDef;
  reportItem: ItemDef;
  sources: Record<string, Source>;
}
