/**
 * PDF renderer: document tree → PDF bytes (pdfmake over pdfkit), with Thai line breaking and justification, fonts
 * parsed once per process, page numbers, continuation words and reproducible output.
 */
import type { DocumentNode } from '../../document/nodes.js';
import type { PdfResources } from './pdf-resources.js';
import { printPdf } from './printer.js';
import { toPdfDefinition } from './to-pdf-definition.js';

/**
 * Renders `doc` to a PDF. `resources` come from `loadPdfResources()`, called once and reused for every document.
 * The same tree and resources always give the same bytes (dates come from `doc.meta.created`).
 * Rejects when `doc.meta.created` is not an ISO date.
 */
export async function renderPdf(doc: DocumentNode, resources: PdfResources): Promise<Buffer> {
  return printPdf(
    toPdfDefinition(doc, resources),
    { numbersFrom: doc.page.numbersFrom, continuation: doc.page.continuation },
    resources,
  );
}
