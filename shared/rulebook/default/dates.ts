/** Default rules: dates — impossible dates, weekdays, 汉字 vs Arabic forms (GB/T 9704 7.3.5, GB/T 15835—2011). */

import type { RuleEntry } from '../../types'

const base = { enabled: true, category: 'numbers' as const }

export const dateRules: RuleEntry[] = [
  {
    ...base,
    id: 'num-date-validity',
    kind: 'date-check',
    severity: 'error',
    description: '不存在的日期（2023年2月29日、6月31日）',
    authority: '实务（历法核对）',
    level: '实务',
    options: { checks: ['validity'] },
    messages: { invalid: '“{{date}}”不存在，请核对日期' },
    examples: {
      invalid: ['于2023年2月29日召开。', '于6月31日前完成。'],
      valid: ['于2024年2月29日召开。', '于6月30日前完成。'],
    },
  },
  {
    ...base,
    id: 'num-weekday-mismatch',
    kind: 'date-check',
    severity: 'error',
    description: '日期后括注的星期与日期不符',
    authority: '实务（历法核对）',
    level: '实务',
    options: { checks: ['weekday'] },
    messages: {
      weekday: '{{date}}是{{prefix}}{{expected}}，括注应改为“{{prefix}}{{expected}}”',
      weekdayInferred:
        '按本文年份（{{year}}年），{{date}}是{{prefix}}{{expected}}，不是{{prefix}}{{found}}，请核对',
    },
    examples: {
      invalid: ['2024年1月15日（星期二）召开。'],
      valid: ['2024年1月15日（星期一）召开。'],
    },
  },
  {
    ...base,
    id: 'num-weekday-libai',
    kind: 'pattern',
    severity: 'warning',
    description: '日期后括注星期写作“星期×”，不用口语的“礼拜×”',
    authority: '实务（公文用语规范）',
    level: '实务',
    options: { pattern: '(?<=[（(])礼拜(?=[一二三四五六日天][）)])', replacement: '星期' },
    messages: { replace: '括注星期应写作“星期”，不用“礼拜”' },
    examples: {
      invalid: ['会议定于3月6日（礼拜三）召开。'],
      valid: ['会议定于3月6日（星期三）召开。', '宗教场所礼拜活动有序开展。'],
    },
  },
  {
    ...base,
    id: 'num-doc-date-arabic',
    kind: 'date-forms',
    severity: 'error',
    description: '成文日期用阿拉伯数字标全年、月、日，不用汉字',
    authority: 'GB/T 9704—2012 7.3.5',
    level: '国标',
    options: { checks: ['doc-date'] },
    messages: { 'doc-date': '成文日期用阿拉伯数字，应写作“{{replacement}}”' },
    examples: { invalid: ['某某局\n二〇二四年一月十五日'], valid: ['某某局\n2024年1月15日'] },
  },
  {
    ...base,
    id: 'num-doc-date-hao',
    kind: 'pattern',
    severity: 'error',
    description: '成文日期的“日”不写作“号”',
    authority: 'GB/T 9704—2012 7.3.5',
    level: '国标',
    options: { pattern: '(?<=\\d月\\d{1,2})号$', replacement: '日', lineKinds: ['date'] },
    messages: { replace: '成文日期写“日”，不写“号”' },
    examples: { invalid: ['县统计局\n2025年1月16号'], valid: ['县统计局\n2025年1月16日'] },
  },
  {
    ...base,
    id: 'num-mixed-date-forms',
    kind: 'date-forms',
    severity: 'error',
    description: '同一日期内或同一文件中汉字日期与阿拉伯数字日期混用',
    authority: 'GB/T 15835—2011 同类别同形式（待核）',
    level: '实务',
    options: { checks: ['mixed-inside', 'mixed-across'] },
    messages: {
      'mixed-inside': '同一日期内汉字与阿拉伯数字混用，应写作“{{replacement}}”',
      'mixed-across': '全文日期用阿拉伯数字，此处应写作“{{replacement}}”',
    },
    examples: {
      invalid: ['二〇二三年12月完成。', '2023年5月启动，二〇二三年十月完成。'],
      valid: ['2023年12月完成。', '2023年5月启动，2023年10月完成。'],
    },
  },
]
