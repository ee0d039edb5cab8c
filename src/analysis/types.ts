/**
 * The result of the analysis: everything the documents print about the scores, computed once.
 * Plain data (serialisable as JSON: `itadoc analyze --json`).
 */
import type { Tool } from '../framework/index.js';

/** A level with its label, e.g. { code: "A", label: "ผ่าน" }. */
export interface LevelResult {
  code: string;
  label: string;
  passed: boolean;
  /**
   * The levels the total may be when the rules need each tool's mean and the input gives only the total (from
   * 2566: 95.81 may be ผ่านดีเยี่ยม, ผ่านดี or ผ่าน): then `code` is "ผ่านเกณฑ์" and these are the candidates.
   */
  undetermined?: string[];
}

/** One indicator with its score and what the analysis says of it. */
export interface IndicatorResult {
  number: number;
  name: string;
  tool: Tool;
  score?: number;
  /** Below the pass mark. */
  weak: boolean;
  /** 1 = highest score; undefined without a score. Ties share a rank. */
  rank?: number;
  previous?: number;
  /** score − previous, two decimals. */
  change?: number;
  /** Strength or weakness, from the input's analysis or from the pass mark. */
  assessment?: 'strength' | 'weakness';
  analysis: string[];
}

/** One tool with its mean, weight and weighted part. */
export interface ToolResult {
  tool: Tool;
  name: string;
  englishName: string;
  weight: number;
  indicators: number[];
  /** Mean of its indicators, rounded to two decimals as the NACC tables print it. */
  mean?: number;
  /** The published mean, when the input gives one. */
  givenMean?: number;
  /**
   * The mean the documents print: the published one when it is within 0.01 of the computed one (the NACC's
   * rounding) or `scores.prefer` is "published", else the computed one.
   */
  printedMean?: number;
  /** printedMean × weight / 100, rounded to two decimals. */
  weighted?: number;
  /** Number of its questions in the input, and how many are below the pass mark. */
  questionCount: number;
  weakQuestionCount: number;
  /** Its lowest-scoring indicator. */
  lowestIndicator?: number;
  /** Its highest-scoring indicator. */
  highestIndicator?: number;
}

/** One question with its indicator and whether it is weak. */
export interface QuestionResult {
  code: string;
  indicator: number;
  tool: Tool;
  text?: string;
  score: number;
  weak: boolean;
  subItems: { text: string; score: number; weak: boolean; answers?: Record<string, number> }[];
  answers?: Record<string, number>;
}

/** Suggested measures for one weak indicator, from the built-in catalogue. */
export interface Suggestion {
  indicator: number;
  indicatorName: string;
  measures: { title: string; steps: string[] }[];
}

/** Something the user should look at; never fatal. */
export interface Warning {
  code: 'total-mismatch' | 'level-mismatch' | 'tool-mean-mismatch' | 'missing-indicators' | 'item-code-unknown' | 'report-code-unknown' | 'item-code-single-source' | 'level-undetermined';
  th: string;
  en: string;
}

/** The whole analysis. */
export interface Analysis {
  passMark: number;
  assessmentYear: number;
  fiscalYear: number;
  levelSystem: 'grades' | 'pass';
  indicators: IndicatorResult[];
  tools: ToolResult[];
  /** Computed total (sum of the weighted parts of the printed means), when every tool has a mean. */
  computedTotal?: number;
  /**
   * The total the documents print: the published overall when it is within 0.01 of the computed total or
   * `scores.prefer` is "published", else the computed one.
   */
  total?: number;
  level?: LevelResult;
  previousTotal?: number;
  totalChange?: number;
  /** Indicators with a score, highest first. */
  ranking: number[];
  weakIndicators: number[];
  strongIndicators: number[];
  questions: QuestionResult[];
  weakQuestions: string[];
  strongQuestions: string[];
  suggestions: Suggestion[];
  warnings: Warning[];
}
