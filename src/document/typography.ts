/** Typographic facts shared by every renderer. */

/**
 * Word's single line spacing of TH SarabunPSK as a multiple of the font size: its Windows ascent plus descent,
 * about 836 + 421 units per 1000 (Laksaman's 1254 + 646 scaled by the 0.66 that makes it TH SarabunPSK's size).
 * 16 pt text → 20.1 pt between baselines. The PDF sets lines this far apart, and the DOCX asks for at least this,
 * so both paginate alike wherever the real font is missing.
 */
export const TH_SARABUN_LINE_SPACING = 1.257;
