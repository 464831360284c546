import { DECLARABLE_DOCUMENT_TYPES, declaredTypeRefusal, judgeUpload, mediaTypeOf } from './document-types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('judgeUpload', () => {
  it('stores a file whose bytes are what it is declared to be', () => {
    expect(judgeUpload('application/pdf', 'application/pdf')).toEqual({ ok: true, storedType: 'application/pdf' });
    expect(judgeUpload('image/png', 'image/png')).toEqual({ ok: true, storedType: 'image/png' });
    expect(judgeUpload('image/jpeg', 'image/jpeg')).toEqual({ ok: true, storedType: 'image/jpeg' });
  });

  it('accepts a .docx sniffed as docx or as its zip container', () => {
    expect(judgeUpload(DOCX, DOCX)).toEqual({ ok: true, storedType: DOCX });
    expect(judgeUpload(DOCX, 'application/zip')).toEqual({ ok: true, storedType: DOCX });
  });

  it('refuses bytes that are not the declared type, naming both', () => {
    expect(judgeUpload('application/pdf', 'application/x-elf')).toEqual({ ok: false, reason: "the file’s content is application/x-elf, not the declared application/pdf" });
    expect(judgeUpload('image/png', 'image/jpeg')).toMatchObject({ ok: false });
    expect(judgeUpload('application/pdf', 'application/zip')).toMatchObject({ ok: false });
    expect(judgeUpload('application/pdf', undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/no recognised document type/) });
  });

  it('stores application/octet-stream as what its bytes are, when that is a document type', () => {
    expect(judgeUpload('application/octet-stream', 'application/pdf')).toEqual({ ok: true, storedType: 'application/pdf' });
    expect(judgeUpload('application/octet-stream', DOCX)).toEqual({ ok: true, storedType: DOCX });
    expect(judgeUpload('application/octet-stream', 'application/zip')).toMatchObject({ ok: false });
    expect(judgeUpload('application/octet-stream', 'application/x-elf')).toMatchObject({ ok: false });
    expect(judgeUpload('application/octet-stream', undefined)).toMatchObject({ ok: false });
  });

  it('refuses a declared type that is not accepted, whatever the bytes', () => {
    expect(judgeUpload('text/html', undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/^content type text\/html is not accepted/) });
    expect(judgeUpload('application/zip', 'application/zip')).toMatchObject({ ok: false });
  });
});

describe('mediaTypeOf', () => {
  it('drops parameters and case', () => {
    expect(mediaTypeOf('Application/PDF; name=x.pdf')).toBe('application/pdf');
    expect(mediaTypeOf(undefined)).toBe('');
  });

  it('lists what may be declared, and refuses anything else before the bytes are read', () => {
    expect(DECLARABLE_DOCUMENT_TYPES).toEqual(['application/pdf', 'image/png', 'image/jpeg', DOCX, 'application/octet-stream']);
    for (const t of DECLARABLE_DOCUMENT_TYPES) expect(declaredTypeRefusal(t)).toBeNull();
    expect(declaredTypeRefusal('text/html')).toMatch(/^content type text\/html is not accepted; send one of application\/pdf, /);
    expect(declaredTypeRefusal('')).toMatch(/^content type \(none\) is not accepted/);
    expect(declaredTypeRefusal('constructor')).not.toBeNull();
  });
});
