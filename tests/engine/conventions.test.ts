// Conventions checked by reading the tree (STYLE.md 13): every rule kind registered under its file
// name, sorted, documented in Chinese, strict schema; every default rule tested and exampled;
// shared/ free of DOM, extension and Node APIs.

import { builtinModules } from 'node:module'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultRulebook, ruleKinds, validateRulebook, type RuleKind } from '../../shared/index'

const ROOT = resolve(import.meta.dirname, '../..')
const RULES_DIR = join(ROOT, 'shared/rules')
const RULE_TESTS = join(ROOT, 'tests/engine/rules')
const CHINESE = /[\u4e00-\u9fff]/
const NOT_KINDS = new Set(['kind', 'index'])

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, ext)
    return ext.test(name) ? [path] : []
  })
}

const kindFiles = readdirSync(RULES_DIR)
  .filter((n) => n.endsWith('.ts') && !NOT_KINDS.has(basename(n, '.ts')))
  .map((n) => basename(n, '.ts'))
  .sort()

describe('rule kinds', () => {
  it.each(kindFiles)('%s is registered under its file name and its meta.id', async (id) => {
    const mod = (await import(join(RULES_DIR, `${id}.ts`))) as { default?: RuleKind }
    expect(mod.default, `shared/rules/${id}.ts must default-export its rule kind`).toBeDefined()
    expect(ruleKinds[id], `shared/rules/index.ts does not register '${id}'`).toBe(mod.default)
    expect(mod.default!.meta.id).toBe(id)
  })

  it('registry has no kind without a file, and is sorted by id', () => {
    const ids = Object.keys(ruleKinds)
    expect(ids).toEqual([...kindFiles])
    expect(ids).toEqual([...ids].sort())
  })

  it.each(Object.entries(ruleKinds))(
    '%s is documented in Chinese with a strict schema',
    (id, kind) => {
      const { meta } = kind
      expect(meta.description, `${id}: description must be Chinese`).toMatch(CHINESE)
      expect(meta.schema.type, `${id}: options schema must be an object`).toBe('object')
      expect(
        meta.schema.additionalProperties,
        `${id}: schema needs additionalProperties: false`,
      ).toBe(false)
      expect(Object.keys(meta.messages).length, `${id}: no message templates`).toBeGreaterThan(0)
      for (const [messageId, template] of Object.entries(meta.messages))
        expect(template, `${id}.messages.${messageId} must be Chinese`).toMatch(CHINESE)
    },
  )

  const testSources = filesUnder(join(ROOT, 'tests/engine'), /\.test\.ts$/).map((f) =>
    readFileSync(f, 'utf8'),
  )
  it.each(Object.keys(ruleKinds))('%s is exercised by a default rule or a test', (id) => {
    const usedByDefault = defaultRulebook.rules.some((r) => r.kind === id)
    const named = testSources.some((src) => src.includes(`'${id}'`) || src.includes(`"${id}"`))
    expect(
      usedByDefault || named,
      `rule kind ${id} is neither used by a default rule nor named in a test`,
    ).toBe(true)
  })
})

describe('default rulebook', () => {
  it('validates, examples included', () => {
    const result = validateRulebook(defaultRulebook)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  const ruleTests = filesUnder(RULE_TESTS, /\.test\.ts$/).map((f) => readFileSync(f, 'utf8'))
  it.each(defaultRulebook.rules.map((r) => [r.id, r] as const))(
    '%s: kind, Chinese, examples, tests',
    (id, rule) => {
      expect(ruleKinds[rule.kind], `${id}: unknown kind '${rule.kind}'`).toBeDefined()
      expect(rule.description, `${id}: description must be Chinese`).toMatch(CHINESE)
      for (const [messageId, template] of Object.entries(rule.messages ?? {}))
        expect(template, `${id}.messages.${messageId} must be Chinese`).toMatch(CHINESE)
      expect(
        rule.examples?.invalid?.length ?? 0,
        `${id}: needs an invalid example`,
      ).toBeGreaterThan(0)
      expect(rule.examples?.valid?.length ?? 0, `${id}: needs a valid example`).toBeGreaterThan(0)
      const tested = ruleTests.some((src) => src.includes(`'${id}'`) || src.includes(`"${id}"`))
      expect(tested, `${id}: no test in tests/engine/rules/ names this rule`).toBe(true)
    },
  )
})

/** Source without comments, so prose like "the whole document." is not taken for code. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

describe('shared/ is platform-free', () => {
  const builtins = new Set(builtinModules)
  const sources = filesUnder(join(ROOT, 'shared'), /\.ts$/).map(
    (f) => [relative(ROOT, f), code(readFileSync(f, 'utf8'))] as const,
  )

  it.each(sources)('%s uses no DOM, extension or Node APIs', (file, src) => {
    expect(src, `${file} touches the DOM or the extension`).not.toMatch(
      /(?<![\w.$/])(document|window|chrome|navigator)\.\w/,
    )
    const specifiers = [
      ...src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g),
    ].map((m) => m[1])
    for (const spec of specifiers)
      expect(
        spec.startsWith('node:') || builtins.has(spec),
        `${file} imports Node module '${spec}'`,
      ).toBe(false)
    expect(src, `${file} uses process`).not.toMatch(/(?<![\w.$])process\.\w/)
  })
})
