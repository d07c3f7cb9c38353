/** A .docx with Word's automatic list numbers written in as text, for readers (mammoth) that drop them. */

import JSZip from 'jszip'
import { readDefinitions, writeListNumbers } from './word-numbering'

/**
 * The .docx bytes with each automatically numbered paragraph's number (一、 （一） 1.) as its first
 * text, as Word shows it. Without list numbering, or when anything cannot be read, the bytes are
 * returned unchanged: the numbers are then missing, never wrong, and the reader reports a bad file.
 */
export async function withListNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(bytes)
    const numbering = zip.file('word/numbering.xml')
    const main = zip.file('word/document.xml')
    if (!numbering || !main) return bytes
    const styles = zip.file('word/styles.xml')
    const defs = readDefinitions(
      await numbering.async('string'),
      styles ? await styles.async('string') : '',
    )
    const before = await main.async('string')
    const after = writeListNumbers(before, defs)
    if (after === before) return bytes
    zip.file('word/document.xml', after)
    // stored, not deflated: the copy is read once, straight away
    return await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
  } catch {
    return bytes
  }
}
