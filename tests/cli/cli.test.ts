// The CLI run as a real command on real files: exit codes, JSON shape, text lines, several files.

import { afterAll, describe, expect, it } from 'vitest'
import { CLEAN, DEFECT_LINE, DEFECTIVE } from './texts'
import { isOneCleanLine, runCli, tempDir } from './run-cli'

const tmp = tempDir('cli')
afterAll(() => tmp.remove())

describe('reportlint check', () => {
  it('exits 1 and prints the JSON contract for a file with errors', async () => {
    const file = tmp.write('defective.txt', DEFECTIVE)
    const { code, stdout, stderr } = await runCli(['check', file, '--format', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const out = JSON.parse(stdout)
    expect(out.rulebook).toEqual({ id: 'default', version: expect.any(Number) })
    expect(out.files).toHaveLength(1)
    expect(out.files[0].file).toBe(file)
    expect(out.findings).toEqual(out.files[0].findings)
    const skip = out.findings.find((f: { ruleId: string }) => f.ruleId === 'numbering-skip')
    expect(skip).toMatchObject({
      category: 'numbering',
      severity: 'error',
      line: DEFECT_LINE,
      column: 1,
      endColumn: 4,
      excerpt: '（三）',
    })
    expect(DEFECTIVE.slice(skip.start, skip.end)).toBe('（三）')
  })

  it('prints file:line:column  severity  message  ruleId and a summary in text format', async () => {
    const file = tmp.write('defective-text.txt', DEFECTIVE)
    const { code, stdout } = await runCli(['check', file])
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    const skip = lines.find((l) => l.endsWith('  numbering-skip'))
    expect(skip).toMatch(
      new RegExp(`^${escape(file)}:${DEFECT_LINE}:1  error\\s+\\S.*（二）.*  numbering-skip$`),
    )
    // Every line but the summary is a finding in the compiler format.
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^.+:\d+:\d+ {2}(error|warning|info)\s+ {2}?\S.* {2}[a-z0-9-]+$/)
    expect(lines.at(-1)).toMatch(/^1 个文件，\d+ 个问题：[1-9]\d* 个错误/)
  })

  it('exits 0 on a clean report, with no error or warning', async () => {
    const file = tmp.write('clean.txt', CLEAN)
    const { code, stdout } = await runCli(['check', file, '--format=json'])
    const out = JSON.parse(stdout)
    const loud = out.findings.filter((f: { severity: string }) => f.severity !== 'info')
    expect(loud).toEqual([])
    expect(code).toBe(0)
  })

  it('checks several files at once and keeps their findings apart', async () => {
    const bad = tmp.write('many-bad.txt', DEFECTIVE)
    const good = tmp.write('many-good.txt', CLEAN)
    const { code, stdout } = await runCli(['check', good, bad, '--format', 'json'])
    expect(code).toBe(1)
    const out = JSON.parse(stdout)
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([good, bad])
    expect(out.findings).toEqual([...out.files[0].findings, ...out.files[1].findings])
    expect(
      out.files[1].findings.some((f: { ruleId: string }) => f.ruleId === 'numbering-skip'),
    ).toBe(true)
    const text = await runCli(['check', good, bad])
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 个文件，/)
  })

  it('maps findings in Markdown back to the file, heading marks (##) removed', async () => {
    const md = DEFECTIVE.replace('一、主要工作', '## 一、主要工作').replace('（三）', '### （三）')
    const file = tmp.write('report.md', md)
    const { code, stdout } = await runCli(['check', file, '--format', 'json'])
    expect(code).toBe(1)
    const skip = JSON.parse(stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === 'numbering-skip',
    )
    expect(skip).toMatchObject({ line: DEFECT_LINE, column: 5, endColumn: 8 })
    expect(md.slice(skip.start, skip.end)).toBe('（三）')
  })
})

describe('unreadable input and bad usage exit 2 with one line on stderr', () => {
  const cases: [string, () => string[]][] = [
    ['a missing file', () => ['check', tmp.dir + '/nope.txt']],
    ['a directory', () => ['check', tmp.dir]],
    [
      'a binary file',
      () => [
        'check',
        tmp.write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2])),
      ],
    ],
    [
      'a broken .docx',
      () => ['check', tmp.write('broken.docx', 'PK\u0003\u0004 not really a zip')],
    ],
    ['no files', () => ['check']],
    ['an unknown command', () => ['lint', 'a.txt']],
    ['an unknown option', () => ['check', 'a.txt', '--fix']],
    ['a bad --format', () => ['check', 'a.txt', '--format', 'xml']],
  ]
  for (const [name, args] of cases)
    it(name, async () => {
      const { code, stdout, stderr } = await runCli(args())
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(isOneCleanLine(stderr), stderr).toBe(true)
      expect(stderr).toMatch(/[\u4e00-\u9fff]/)
    })

  it('names the missing file', async () => {
    const { stderr } = await runCli(['check', 'no-such-report.txt'])
    expect(stderr).toContain('no-such-report.txt')
    expect(stderr).toContain('不存在')
  })
})

describe('--help and --version', () => {
  it('prints usage and exits 0', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('reportlint check')
    expect(stdout).toContain('--rulebook')
  })

  it('prints the package version', async () => {
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toMatch(/^reportlint \d+\.\d+\.\d+$/)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
