export { resolveFramework, indicatorOfQuestion, toolOfQuestion } from './resolve-framework.js';
export type { FrameworkKey, FrameworkOverrides } from './resolve-framework.js';
export type { Framework, IndicatorDef, ItemDef, LevelDef, OitGroupDef, Source, Tool, ToolDef } from './types.js';
