import { deflatedFontFile, FONT_STYLES, FontStyle, repertoireGlyphs } from './fonts';
import type { Pdf } from './pdf-page';

/**
 * The font work every document of a process would otherwise do again (most of a decision's
 * drawing): the faces' subsets (encoded and deflated once per process, fonts.ts) and the words
 * laid out. This reaches into pdfkit's per-document font state, which its types do not show;
 * documents.spec.ts would fail on a pdfkit that keeps it otherwise.
 */
export function shareFontWork(doc: Pdf): void {
  embedRepertoire(doc);
  writeFontFilesDeflated(doc);
}

/** What pdfkit's embedded font keeps per document (not in its types): subset, widths, ToUnicode. */
interface EmbeddedFontState {
  subset?: { includeGlyph(glyphId: number): number };
  widths?: number[];
  unicode?: number[][];
  scale?: number;
  layoutCache?: Record<string, unknown>;
}

/** Documents a shared layout cache serves before a fresh one replaces it (bounds its words). */
const LAYOUT_CACHE_DOCUMENTS = 500;
const layoutCaches = new Map<FontStyle, { words: Record<string, unknown>; documents: number }>();

/**
 * The face's laid-out words, shared by the documents of this process: pdfkit lays out each word
 * once per document and keeps it read-only (a word met twice in one document is the same
 * object), so the next document may use it too. A quarter of a decision's drawing was laying out
 * the same template words again.
 */
function sharedLayoutCache(style: FontStyle): Record<string, unknown> {
  let cache = layoutCaches.get(style);
  if (!cache || cache.documents >= LAYOUT_CACHE_DOCUMENTS) {
    cache = { words: Object.create(null) as Record<string, unknown>, documents: 0 };
    layoutCaches.set(style, cache);
  }
  cache.documents++;
  return cache.words;
}

/**
 * Puts the repertoire's glyphs first in each face's subset, in one order, as pdfkit's own
 * text encoding would (subset id, width, ToUnicode entry): every document then embeds the same
 * font bytes, encoded once per process (fonts.ts); ~15 KB more per face in each PDF. Each face
 * also takes the shared layout cache. A pdfkit that keeps its font state otherwise is left
 * alone: each document then subsets and lays out its own text, as before.
 */
function embedRepertoire(doc: Pdf): void {
  for (const style of FONT_STYLES) {
    doc.font(style);
    const font = (doc as unknown as { _font?: EmbeddedFontState })._font;
    const { subset, widths, unicode, scale, layoutCache } = font ?? {};
    if (!font || !subset || !widths || !unicode || !scale || !layoutCache) break;
    font.layoutCache = sharedLayoutCache(style);
    for (const { glyph, codePoint } of repertoireGlyphs(style)) {
      const id = subset.includeGlyph(glyph.id);
      widths[id] ??= glyph.advanceWidth * scale;
      unicode[id] ??= [codePoint];
    }
  }
  doc.font('regular');
}

/** A pdfkit stream object as far as writeFontFilesDeflated needs it. */
interface StreamRef {
  data: Record<string, unknown>;
  compress?: boolean;
  end(chunk?: Uint8Array | string): void;
}

/**
 * A font file the document ends with a remembered subset's bytes is written with the deflated
 * form made once per process (pdfkit deflates every stream it ends: ~40% of a decision's
 * drawing went to compressing the same fonts again). Same bytes as pdfkit's own deflate.
 */
function writeFontFilesDeflated(doc: Pdf): void {
  const ref = doc.ref.bind(doc) as (data?: object) => StreamRef;
  (doc as unknown as { ref(data?: object): StreamRef }).ref = (data) => {
    const stream = ref(data);
    const end = stream.end.bind(stream);
    stream.end = (chunk) => {
      const deflated = deflatedFontFile(chunk);
      if (deflated && stream.compress === true) {
        stream.compress = false;
        // The keys in pdfkit's order, so the bytes are the ones its own deflate gives.
        stream.data.Length = 0;
        stream.data.Filter = 'FlateDecode';
        return end(deflated);
      }
      return end(chunk);
    };
    return stream;
  };
}
