/** `itadoc render`: input files → documents in an output folder. */
import { UsageError } from './errors.js';

/** Options of the render command. */
export interface RenderCommandOptions {
  files: string[];
  out: string;
  format: string;
  doc?: string;
  templates?: string;
  digits?: 'thai' | 'arabic';
  fontDir?: string;
  log: (text: string) => void;
}

/** Renders every input file into `out`. */
export async function runRender(_options: RenderCommandOptions): Promise<void> {
  throw new UsageError('render is being built');
}
