import { existsSync } from 'node:fs';
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
