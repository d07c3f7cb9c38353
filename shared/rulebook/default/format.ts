/** Default rules: format of 发文字号, 抄送, 附注, spacing, full-width characters and template residue. */

import type { RuleEntry } from '../../types'

const base = { enabled: true, category: 'format' } as const
const OPEN = '[\\[［（(【﹝〔]'
const CLOSE = '[\\]］）)】﹞〕]'
/**
 * A sentence start: the line's first word, or after 。！？ or a half-width . ! ? that ends Chinese
 * text (not "3." "Mr." "..." — punct-halfwidth-in-zh turns "平." into "平。"), spaces between
 * ("（二）.　　本文…": deleting the "." must not merge the sentences into a new match).
 */
const LEAD =
  '(?:(?<=^[ \\t\\u3000\\u00a0]*|[。！？][ \\t\\u3000\\u00a0]*)|(?<=[^A-Za-z0-9.\\s][.!?](?!\\.)[ \\t\\u3000\\u00a0]*))(?=[^ \\t\\u3000\\u00a0])'
/**
 * A character inside one sentence: not 。！？, nor a half-width . ! ? that LEAD takes as an end
 * (a dot at the line start, after a letter, digit, dot or space, or before a dot is no end).
 */
const IN_SENTENCE = '(?:[^。！？.!?\\n]|(?<![^A-Za-z0-9.\\s])[.!?]|\\.(?=\\.))'
const RESIDUE = [
  '来源于网络',
  '来源网络',
  '如有侵权',
  '侵权请联系',
  '联系删除',
  '仅供学习参考',
  '仅供学习交流',
  '仅供个人学习',
  '请勿照搬照抄',
  '下载后可编辑',
  '可编辑修改',
  '更多范文',
  '范文网',
  '（范文）',
  '【范文】',
  '（模板）',
  '【模板】',
]

export const formatRules: RuleEntry[] = [
  {
    ...base,
    id: 'punct-docnumber-brackets',
    kind: 'pattern',
    severity: 'error',
    description: '发文字号中的年份没有用六角括号〔〕',
    authority: 'GB/T 9704—2012 7.2.5；GB/T 15834—2011 4.9.3.4',
    level: '国标',
    options: {
      trigger: '号',
      pattern: `(?<=[\\u4e00-\\u9fff])(?!〔\\d{4}〕)${OPEN}((?:19|20)\\d{2})${CLOSE}(?=第?\\d+号)`,
      replacement: '〔$1〕',
    },
    messages: { replace: '发文字号的年份应使用六角括号：“{{replacement}}”' },
    examples: {
      invalid: ['税党发[2023]5号', '税党发（2023）5号'],
      valid: ['税党发〔2023〕5号', '（2023）京0105民初123号'],
    },
  },
  {
    ...base,
    id: 'format-docnumber-digits',
    kind: 'pattern',
    severity: 'error',
    description: '发文字号的年份不全、序号前加“第”或编虚位（如〔23〕、第05号）',
    authority: 'GB/T 9704—2012 7.2.5',
    level: '国标',
    options: {
      trigger: '号',
      pattern: [
        `(?<=[\\u4e00-\\u9fff]${OPEN})\\d{2}(?=${CLOSE}第?\\d+号)`,
        `(?<=〔\\d{4}〕|${OPEN}\\d{4}${CLOSE})第(?=\\d+号)`,
        `(?<=${CLOSE}第?)0+(?=[1-9]\\d*号)`,
      ].join('|'),
    },
    messages: {
      flag: '发文字号应写作“〔2023〕5号”：年份写全，序号不加“第”、不编虚位（“{{match}}”）',
    },
    examples: {
      invalid: ['税党发〔2023〕第05号', '税党发〔23〕5号'],
      valid: ['税党发〔2023〕5号'],
    },
  },
  {
    ...base,
    id: 'format-cc-terminal',
    kind: 'pattern',
    severity: 'error',
    description: '抄送机关名称后没有句号',
    authority: 'GB/T 9704—2012 7.4.2',
    level: '国标',
    options: {
      pattern: '[^。，、；：？！,;:?!\\s\\u3000](?=[\\s\\u3000]*$)',
      replacement: '$&。',
      lineKinds: ['cc'],
    },
    messages: { replace: '抄送机关最后一个名称后应加句号“。”' },
    examples: {
      invalid: ['抄送：市纪委监委派驻纪检组，市局办公室'],
      valid: ['抄送：市纪委监委派驻纪检组，市局办公室。'],
    },
  },
  {
    ...base,
    id: 'format-annotation-parens',
    kind: 'pattern',
    severity: 'info',
    description: '附注（如“此件公开发布”）没有加圆括号',
    authority: 'GB/T 9704—2012 7.3.6',
    level: '国标',
    options: {
      trigger: '此件',
      pattern:
        '(?<=^[ \\t\\u3000\\u00a0]*)此件(?:公开发布|不予公开|不公开|依申请公开|发至[\\u4e00-\\u9fff、]{1,20})(?=[ \\t\\u3000\\u00a0]*$)',
      replacement: '（$&）',
    },
    messages: { replace: '附注应加圆括号：“{{replacement}}”' },
    examples: { invalid: ['此件公开发布'], valid: ['（此件公开发布）'] },
  },
  {
    ...base,
    id: 'format-stray-spaces',
    kind: 'stray-spaces',
    severity: 'warning',
    description:
      '正文中汉字之间、汉字与数字或字母之间多出空格（含全角空格、不换行空格；段首缩进除外）',
    authority: '实务（GB/T 9704—2012 式样不加此类空格）',
    level: '实务',
    options: { lineKinds: ['paragraph', 'heading'] },
    messages: { space: '删去多余的空格' },
    examples: {
      invalid: ['全年开展 36 次、党 委会议。'],
      valid: ['全年开展36次、党委会议。', '　　全年开展36次。', '第一章 总则'],
    },
  },
  {
    ...base,
    id: 'format-fullwidth-alnum',
    kind: 'fullwidth-alnum',
    severity: 'error',
    description: '使用了全角数字或字母（０-９、Ａ-Ｚ）',
    authority: '实务（阮一峰《中文技术文档写作规范》数字用半角；AutoCorrect）',
    level: '实务',
    messages: { fullwidth: '全角“{{match}}”应改为半角“{{replacement}}”' },
    examples: { invalid: ['完成２０２３年度任务。'], valid: ['完成2023年度任务。'] },
  },
  {
    ...base,
    id: 'format-template-residue',
    kind: 'pattern',
    severity: 'error',
    description:
      '模板或下载网站残留文字（本文来源于网络、仅供参考、如有侵权请联系删除、下载后可编辑等）',
    authority: '实务（《党政机关公文处理工作条例》第二十条：审核文稿是否可以印发）',
    level: '实务',
    options: {
      trigger: `${RESIDUE.join('|')}|仅供参考`,
      pattern: `${LEAD}(?:${IN_SENTENCE}*?(?:${RESIDUE.join('|')})${IN_SENTENCE}*|(?:本文|此文|全文|文章|以上内容|本范文)?仅供参考)(?:[。！]|[.!](?![A-Za-z0-9]))?`,
    },
    messages: { flag: '模板或网站残留文字，应删除：“{{match}}”' },
    examples: {
      invalid: ['本文来源于网络，仅供参考。', '仅供参考。'],
      valid: ['以上测算数据仅供参考。', '全年开展网络安全检查3次。'],
    },
  },
]
