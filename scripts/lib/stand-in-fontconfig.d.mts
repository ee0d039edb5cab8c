/** Types of stand-in-fontconfig.mjs, for the tests. */
export function thSarabunSizedFontconfig(root: string, work: string): string;
