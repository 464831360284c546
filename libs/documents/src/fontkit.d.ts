// fontkit (pdfkit's own font parser) ships no types; only `create` is used here.
declare module 'fontkit' {
  export function create(buffer: Buffer, postscriptName?: string): unknown;
}
