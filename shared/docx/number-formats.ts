/** Word's list number formats (w:numFmt): a counter as Word shows it, for the formats 公文 use. */

const DIGITS = '〇一二三四五六七八九'
const LEGAL = '零壹贰叁肆伍陆柒捌玖'
const STEMS = '甲乙丙丁戊己庚辛壬癸'
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥'

/** 1–9999 in Chinese counting (十一, 二十, 一百零五); `legal` uses 壹贰叁 and 拾佰仟. */
function chineseCount(n: number, legal = false): string {
  const digits = legal ? LEGAL : DIGITS
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千']
  if (n === 0) return legal ? '零' : '〇'
  const parts = String(n).split('').map(Number)
  let out = ''
  let zero = false
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]
    if (d === 0) return void (zero = out !== '')
    if (zero) out += '零'
    zero = false
    // 十一, not 一十一, when 十 leads (normal counting only)
    out += !legal && d === 1 && unit === '十' && out === '' ? unit : digits[d] + unit
  })
  return out
}

function letters(n: number, base: string): string {
  // Word repeats the letter: A … Z, AA … ZZ, AAA …
  const letter = base[(n - 1) % 26]
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let out = ''
  for (const [value, glyph] of table) for (; n >= value; n -= value) out += glyph
  return out
}

const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))

/** Enclosed glyphs exist for 1–20; Word falls back to plain digits above. */
const enclosed = (n: number, first: number, count = 20) =>
  n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n)

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? '0' + n : String(n)),
  decimalFullWidth: (n) => fullWidth(String(n)),
  decimalFullWidth2: (n) => fullWidth(String(n)),
  decimalHalfWidth: String,
  decimalEnclosedCircle: (n) => enclosed(n, 0x2460),
  decimalEnclosedCircleChinese: (n) => enclosed(n, 0x2460),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474),
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488),
  chineseCounting: (n) => chineseCount(n),
  chineseCountingThousand: (n) => chineseCount(n),
  japaneseCounting: (n) => chineseCount(n),
  taiwaneseCounting: (n) => chineseCount(n),
  taiwaneseCountingThousand: (n) => chineseCount(n),
  chineseLegalSimplified: (n) => chineseCount(n, true),
  ideographTraditional: (n) => STEMS[(n - 1) % 10],
  ideographZodiac: (n) => BRANCHES[(n - 1) % 12],
  upperLetter: (n) => letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  lowerLetter: (n) => letters(n, 'abcdefghijklmnopqrstuvwxyz'),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
}

/**
 * The counter `n` in Word's format `numFmt`, or undefined for a format this reader does not know
 * (the number is then left out rather than guessed). Counters outside 1–9999 are not rendered.
 */
export function formatNumber(n: number, numFmt: string): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return undefined
  if (n === 0 && numFmt !== 'decimal' && numFmt !== 'decimalZero') return undefined
  return FORMATS[numFmt]?.(n)
}
