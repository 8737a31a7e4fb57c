/**
 * Packs a docx Document into the bytes of a .docx file. Uint8Array works in the renderer and in Node alike
 * (no Buffer, no Blob), and passes through the IPC bridge as is.
 */
import { Packer, type Document } from 'docx';

/** The .docx file of a document, as bytes. */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array');
}
