import { existsSync, readFileSync } from 'node:fs';
import { create as createFontkitFace } from 'fontkit';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

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
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

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

/** A glyph as fontkit gives it. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** fontkit's TrueType subset: the glyph ids it holds, in the order the embedded font lists them. */
interface FontkitSubset {
  glyphs: number[];
  encode(): Uint8Array;
}

/** The part of a fontkit font used here; pdfkit takes the object itself as a font source. */
interface FontkitFace {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  createSubset(): FontkitSubset;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The characters a document of ours is written in: printable ASCII, every Vietnamese letter
 * (precomposed, as NFC text has them) and the punctuation of administrative writing. Each
 * document's embedded fonts hold all of them, in this order, so every document embeds the same
 * font bytes and the encoding is done once per process (see rememberingSubsets).
 */
const REPERTOIRE: readonly number[] = [
  ...range(0x20, 0x7e),
  ...[0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcc, 0xcd, 0xd2, 0xd3, 0xd4, 0xd5, 0xd9, 0xda, 0xdd],
  ...[0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xec, 0xed, 0xf2, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd],
  ...[0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0],
  ...range(0x1ea0, 0x1ef9),
  ...[0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2022, 0xb0, 0xa7, 0x2116],
];

const faces = new Map<FontStyle, FontkitFace>();
const repertoires = new Map<FontStyle, { glyph: FontkitGlyph; codePoint: number }[]>();

/** Encoded subsets a face keeps, by glyph list: the repertoire's, and a few with extra glyphs. */
const REMEMBERED_SUBSETS = 8;

/** Each remembered subset's font file, deflated (as pdfkit would deflate it). */
const deflatedFiles = new WeakMap<Uint8Array, Buffer>();

/**
 * The face's subsets remember their encoding by glyph list: fontkit re-encodes a subset's
 * glyphs and tables for every document (half of a decision's drawing), though with the
 * repertoire first every document's list is the same. The bytes are shared, read only (pdfkit
 * copies a stream's chunks before it writes them), and so is their deflated form
 * (deflatedFontFile), made once too.
 */
function rememberingSubsets(face: FontkitFace): void {
  const create = face.createSubset.bind(face);
  const encoded = new Map<string, Uint8Array>();
  face.createSubset = () => {
    const subset = create();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        bytes = encode();
        deflatedFiles.set(bytes, deflateSync(bytes));
        if (encoded.size >= REMEMBERED_SUBSETS) encoded.delete(encoded.keys().next().value as string);
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}

/** The font file's deflated bytes when `bytes` came from a remembered subset (as pdfkit would deflate them). */
export function deflatedFontFile(bytes: unknown): Buffer | undefined {
  return bytes instanceof Uint8Array ? deflatedFiles.get(bytes) : undefined;
}

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
    rememberingSubsets(face);
    faces.set(style, face);
  }
  return face;
}

/** The repertoire's glyphs in the face, each with the character it stands for. */
export function repertoireGlyphs(style: FontStyle): { glyph: FontkitGlyph; codePoint: number }[] {
  let glyphs = repertoires.get(style);
  if (!glyphs) {
    const face = fontFace(style);
    glyphs = REPERTOIRE.map((codePoint) => ({ glyph: face.glyphForCodePoint(codePoint), codePoint })).filter((g) => g.glyph.id !== 0);
    repertoires.set(style, glyphs);
  }
  return glyphs;
}

/** Parses every face now (~150 ms), so the first document after a start does not pay for it. */
export function warmDocumentFonts(): void {
  for (const style of FONT_STYLES) repertoireGlyphs(style);
}
