// Admin logic: forms generated from rule-kind schemas, templates for common rules, sample effect.
import { describe, expect, it } from 'vitest'
import { defaultRulebook, ruleKinds, validateRulebook, type Rulebook } from '../../../shared/index'
import {
  formFields,
  getAt,
  issuesUnder,
  pathString,
  setAt,
} from '../../../extension/components/admin/schema-form'
import {
  RULE_TEMPLATES,
  addRule,
  requiredSectionLines,
  setRequiredSections,
} from '../../../extension/components/admin/rule-templates'
import { sampleEffect } from '../../../extension/components/admin/sample-effect'

describe('formFields', () => {
  it('turns every registered kind schema into fields, none left as raw JSON', () => {
    for (const kind of Object.values(ruleKinds)) {
      const fields = formFields(kind.meta.schema)
      expect(fields.length).toBe(Object.keys((kind.meta.schema.properties ?? {}) as object).length)
      expect(fields.filter((f) => f.type === 'json')).toEqual([])
    }
  })

  it('draws phrase-list as a list of objects with Chinese labels, required first', () => {
    const fields = formFields(ruleKinds['phrase-list'].meta.schema)
    expect(fields[0]).toMatchObject({
      key: 'phrases',
      type: 'object-list',
      required: true,
      label: '词语清单',
    })
    const inner = fields[0].type === 'object-list' ? fields[0].fields : []
    expect(inner.map((f) => f.key)).toEqual(['text', 'replacement', 'note'])
    expect(fields.find((f) => f.key === 'allow')?.type).toBe('string-list')
  })

  it('draws enum arrays as multi-choice', () => {
    const [checks] = formFields(ruleKinds['heading-sequence'].meta.schema)
    expect(checks).toMatchObject({
      type: 'multi-enum',
      choices: ['skip', 'duplicate', 'start', 'child-reset'],
    })
  })
})

describe('path helpers', () => {
  it('sets deep values immutably and removes with undefined', () => {
    const a = { phrases: [{ text: '甲', note: 'n' }] }
    const b = setAt(a, ['phrases', 0, 'replacement'], '乙')
    expect(getAt(b, ['phrases', 0, 'replacement'])).toBe('乙')
    expect(a.phrases[0]).not.toHaveProperty('replacement')
    expect(setAt(b, ['phrases', 0, 'note'], undefined).phrases[0]).toEqual({
      text: '甲',
      replacement: '乙',
    })
    expect(setAt(b, ['phrases', 0], undefined).phrases).toEqual([])
    expect(pathString(['phrases', 0, 'text'])).toBe('phrases[0].text')
  })

  it('maps validation issues to the fields of one rule', () => {
    const book = setAt(defaultRulebook, ['rules', 0, 'options', 'checks'], [])
    const v = validateRulebook(book)
    expect(v.ok).toBe(false)
    const under = issuesUnder(v.ok ? [] : v.issues, 'rules[0].options')
    expect(under.get('checks')).toBeDefined()
    expect(issuesUnder(v.ok ? [] : v.issues, 'rules[1].options').size).toBe(0)
  })
})

describe('rule templates', () => {
  // Only the document types of the default rulebook: the templates must stand on their own.
  const empty: Rulebook = { ...defaultRulebook, rules: [] }
  const taken = new Set(defaultRulebook.rules.map((r) => r.id))
  const build = (id: string, values: Record<string, string>) =>
    RULE_TEMPLATES.find((t) => t.id === id)!.build(values, taken)

  it('builds rules that pass validation, their own examples included', () => {
    const rules = [
      build('banned-phrase', { text: '建国以来', replacement: '新中国成立以来' }),
      build('placeholder-pattern', { pattern: '【待填[^】]*】', example: '完成【待填】项' }),
      build('template-residue', { text: '仅供参考' }),
      build('term-pair', { preferred: '国家税务总局', variant: '国税总局' }),
    ]
    const book = rules.reduce(addRule, empty)
    const v = validateRulebook(book)
    expect(v.ok ? [] : v.issues).toEqual([])
    expect(new Set(book.rules.map((r) => r.id)).size).toBe(book.rules.length)
  })

  it('rejects through validation a pattern whose example does not match', () => {
    const rule = build('placeholder-pattern', { pattern: '【待填】', example: '没有占位符' })
    expect(validateRulebook(addRule(empty, rule)).ok).toBe(false)
  })

  it('edits required sections by lines and keeps known ids', () => {
    const lines = requiredSectionLines(empty, 'work-summary')
    expect(lines.length).toBe(3)
    const next = setRequiredSections(empty, 'work-summary', [...lines, '经验体会：经验，体会'])
    const type = next.documentTypes.find((t) => t.id === 'work-summary')!
    expect(type.requiredSections.map((s) => s.id).slice(0, 3)).toEqual([
      'achievements',
      'problems',
      'next-steps',
    ])
    expect(type.requiredSections[3]).toMatchObject({ name: '经验体会', synonyms: ['经验', '体会'] })
    expect(validateRulebook(next).ok).toBe(true)
  })
})

describe('sampleEffect', () => {
  it('reports the findings a new phrase rule adds on a sample and nothing else', () => {
    const samples = [
      { name: 'a.txt', text: '某局工作总结\n一、甲\n全年开展高大上的培训。' },
      { name: 'b.txt', text: '某局工作总结\n一、甲\n二、乙' },
    ]
    const rule = RULE_TEMPLATES[0].build({ text: '高大上', replacement: '高水平' }, new Set())
    const after: Rulebook = addRule(defaultRulebook, rule)
    const effect = sampleEffect(samples, defaultRulebook, after)
    expect(effect).toHaveLength(1)
    expect(effect[0].name).toBe('a.txt')
    expect(effect[0].added.map((f) => f.excerpt)).toEqual(['高大上'])
    expect(effect[0].removed).toEqual([])
    expect(sampleEffect(samples, after, defaultRulebook)[0].removed).toHaveLength(1)
  })

  it('shows no effect for a rule that repeats what a default rule already reports and fixes', () => {
    const rule = RULE_TEMPLATES[0].build(
      { text: '建国以来', replacement: '新中国成立以来' },
      new Set(),
    )
    const samples = [
      { name: 'a.txt', text: '某局工作总结\n一、甲\n全年开展建国以来最大规模培训。' },
    ]
    expect(sampleEffect(samples, defaultRulebook, addRule(defaultRulebook, rule))).toEqual([])
  })
})
