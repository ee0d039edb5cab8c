/**
 * A fontconfig set-up in which "TH Sarabun…" resolves to a font with TH SarabunPSK's size: the bundled Sarabun with
 * its em enlarged so it draws at 0.66 of its size (TH_SARABUN_SIZE_SCALE in src/render/pdf/pdf-fonts.ts).
 * A stock Debian draws TH SarabunPSK with Laksaman at full size instead (LibreOffice ignores the 0.66 scale of the
 * fonts-tlwg-laksaman rule), about 1.5 times too large, so page counts there say nothing about the layout.
 * Used by the end-to-end tests and scripts/typography-report.mjs whenever LibreOffice lays a DOCX out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the fonts and a fonts.conf under `work` and returns the fonts.conf path, for FONTCONFIG_FILE.
 * @param {string} root the itadoc checkout (its fonts/ folder holds Sarabun)
 * @param {string} work a scratch folder
 * @returns {string}
 */
export function thSarabunSizedFontconfig(root, work) {
  const dir = join(work, 'fontconfig');
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  for (const f of ['Sarabun-Regular.ttf', 'Sarabun-Bold.ttf', 'Sarabun-Italic.ttf', 'Sarabun-BoldItalic.ttf']) {
    const font = readFileSync(join(root, 'fonts', f));
    // The 'head' table's unitsPerEm (offset 18) scales every glyph and metric; checksums are not checked by FreeType.
    const tables = font.readUInt16BE(4);
    for (let i = 0; i < tables; i++) {
      const at = 12 + 16 * i;
      if (font.toString('latin1', at, at + 4) === 'head') {
        const head = font.readUInt32BE(at + 8);
        font.writeUInt16BE(Math.round(font.readUInt16BE(head + 18) / 0.66), head + 18);
      }
    }
    writeFileSync(join(dir, 'fonts', f), font);
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${dir}/fonts</dir>
<match target="pattern"><test qual="any" name="family" compare="contains"><string>TH Sarabun</string></test>
<edit name="family" mode="prepend" binding="strong"><string>Sarabun</string></edit></match>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>`,
  );
  return conf;
}
