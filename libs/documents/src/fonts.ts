import { existsSync, readFileSync } from 'node:fs';
import { create as createFontkitFace } from 'fontkit';
import { join } from 'node:path';

/**
 * Liberation Serif 2.1.5 (SIL OFL 1.1, `libs/documents/fonts/OFL.txt`): metric-compatible with
 * Times New Roman, the font Nghị định 30/2020 asks for, and it carries every Vietnamese glyph.
 * The TTFs live beside the sources; from the build (dist/libs/documents/src) they are found in
 * the repository's copy.
 */
const FONT_DIR = [join(__dirname, '..', 'fonts'), join(__dirname, '..', '..', '..', '..', 'libs', 'documents', 'fonts')].find((d) =>
  existsSync(join(d, 'LiberationSerif-Regular.ttf')),
);

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

export function fontPath(style: FontStyle): string {
  if (!FONT_DIR) throw new Error('libs/documents/fonts (Liberation Serif) is missing');
  return join(FONT_DIR, FILES[style]);
}

/** The part of a fontkit font used here; pdfkit takes the object itself as a font source. */
interface FontkitFace {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): unknown;
}

const faces = new Map<FontStyle, FontkitFace>();

/**
 * The face parsed once per process: pdfkit would parse the TTF's tables again for every
 * document, a fifth of the worker's CPU in the bench's lifecycle. Sharing it is safe once
 * every character's glyph is in fontkit's glyph cache with its code point: a glyph first met
 * as a part of a composite (E in Ề, ơ in ở) would otherwise be cached with none, and the next
 * document would lose that letter from its text layer (pdftotext, search, screen readers).
 */
export function fontFace(style: FontStyle): FontkitFace {
  let face = faces.get(style);
  if (!face) {
    face = createFontkitFace(readFileSync(fontPath(style))) as FontkitFace;
    for (const codePoint of face.characterSet) face.glyphForCodePoint(codePoint);
    faces.set(style, face);
  }
  return face;
}

/** Parses every face now (~150 ms), so the first document after a start does not pay for it. */
export function warmDocumentFonts(): void {
  for (const style of Object.keys(FILES) as FontStyle[]) fontFace(style);
}
