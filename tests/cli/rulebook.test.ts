// --rulebook FILE|URL: custom rulebooks from a file or the worker's API, and bad ones refused.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRulebook, type Rulebook } from '../../shared/index'
import { isOneCleanLine, runCli, tempDir } from './run-cli'
import { DEFECTIVE } from './texts'

const tmp = tempDir('rulebook')
afterAll(() => tmp.remove())

/** Only the numbering-skip rule of the default rulebook, under another id and version. */
const onlySkip: Rulebook = {
  ...defaultRulebook,
  id: 'team',
  version: 7,
  rules: defaultRulebook.rules.filter((r) => r.id === 'numbering-skip'),
}

function ruleIds(stdout: string): string[] {
  return JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)
}

describe('--rulebook FILE', () => {
  it('uses the given rulebook and reports its id and version', async () => {
    const book = tmp.write('team.json', JSON.stringify(onlySkip))
    const report = tmp.write('report.txt', DEFECTIVE)
    const { code, stdout } = await runCli(['check', report, '--rulebook', book, '--format', 'json'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).rulebook).toEqual({ id: 'team', version: 7 })
    expect(new Set(ruleIds(stdout))).toEqual(new Set(['numbering-skip']))
  })

  it('accepts the worker envelope { "rulebook": … } in a file too', async () => {
    const disabled = { ...onlySkip, rules: onlySkip.rules.map((r) => ({ ...r, enabled: false })) }
    const book = tmp.write('envelope.json', JSON.stringify({ rulebook: disabled }))
    const report = tmp.write('report2.txt', DEFECTIVE)
    const { code, stdout } = await runCli(['check', report, '--rulebook', book, '--format', 'json'])
    expect(ruleIds(stdout)).toEqual([])
    expect(code).toBe(0)
  })

  it('exits 2 listing every problem with its path, without a stack trace', async () => {
    const broken = {
      ...onlySkip,
      rules: [
        { ...onlySkip.rules[0], kind: 'no-such-kind' },
        { ...onlySkip.rules[0], id: 'numbering-skip-2', messages: { nope: '无此消息' } },
      ],
    }
    const book = tmp.write('broken.json', JSON.stringify(broken))
    const { code, stdout, stderr } = await runCli([
      'check',
      tmp.write('r.txt', DEFECTIVE),
      '--rulebook',
      book,
    ])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('rules[0].kind')
    expect(stderr).toContain('rules[1].messages.nope')
    expect(stderr).toContain('无效')
    expect(stderr).not.toMatch(/^\s+at\s/m)
  })

  it('exits 2 with one line for a missing rulebook file or one that is not JSON', async () => {
    const report = tmp.write('r3.txt', DEFECTIVE)
    for (const book of [tmp.dir + '/missing.json', tmp.write('not-json.json', '{ rules: [')]) {
      const { code, stderr } = await runCli(['check', report, '--rulebook', book])
      expect(code).toBe(2)
      expect(isOneCleanLine(stderr), stderr).toBe(true)
    }
  })
})

describe('--rulebook URL', () => {
  let server: Server
  let base = ''
  const seen: { url?: string; auth?: string }[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization })
      if (req.headers.authorization !== 'Bearer s3cret') {
        res.writeHead(401, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ error: { code: 'unauthorized', message: '需要令牌' } }))
      }
      if (req.url === '/v1/rulebooks/team') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ rulebook: onlySkip }))
      }
      res.writeHead(404).end()
    })
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((closed) => server.close(() => closed())))

  it('fetches GET /v1/rulebooks/:id with the bearer token from REPORTLINT_TOKEN', async () => {
    const report = tmp.write('url.txt', DEFECTIVE)
    const url = `${base}/v1/rulebooks/team`
    const { code, stdout } = await runCli(
      ['check', report, '--rulebook', url, '--format', 'json'],
      {
        REPORTLINT_TOKEN: 's3cret',
      },
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout).rulebook).toEqual({ id: 'team', version: 7 })
    expect(seen.at(-1)).toEqual({ url: '/v1/rulebooks/team', auth: 'Bearer s3cret' })
  })

  it('exits 2 with one line when the server refuses or has no such rulebook', async () => {
    const report = tmp.write('url2.txt', DEFECTIVE)
    const refused = await runCli(['check', report, '--rulebook', `${base}/v1/rulebooks/team`], {
      REPORTLINT_TOKEN: 'wrong',
    })
    expect(refused.code).toBe(2)
    expect(isOneCleanLine(refused.stderr), refused.stderr).toBe(true)
    expect(refused.stderr).toContain('401')
    const missing = await runCli(['check', report, '--rulebook', `${base}/v1/rulebooks/none`], {
      REPORTLINT_TOKEN: 's3cret',
    })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('404')
  })
})
