/** Word files whose outline numbers (一、（一）1.) are drawn by Word's automatic lists, for tests. */

import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx'

/** A paragraph's text and its list level (null: a plain paragraph, its number typed if any). */
export type ListRow = [string, number | null]

/**
 * The .docx bytes of `rows` on one automatic list whose levels are 一、, `second` (default （一）)
 * and 1. — as a writer sets them up in Word.
 */
export async function wordListDocx(rows: ListRow[], second = '（%2）'): Promise<Uint8Array> {
  const level = (
    n: number,
    format: (typeof LevelFormat)[keyof typeof LevelFormat],
    text: string,
  ) => ({
    level: n,
    format,
    text,
    alignment: AlignmentType.LEFT,
  })
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
            level(1, LevelFormat.CHINESE_COUNTING, second),
            level(2, LevelFormat.DECIMAL, '%3.'),
          ],
        },
      ],
    },
    sections: [
      {
        children: rows.map(
          ([text, lvl]) =>
            new Paragraph({
              text,
              ...(lvl !== null && { numbering: { reference: 'outline', level: lvl } }),
            }),
        ),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
