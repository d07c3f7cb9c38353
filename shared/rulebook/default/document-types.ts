/** Document types of the default rulebook, detected from the title, with their required sections. */

import type { DocumentType, RequiredSection } from '../../types'

const achievements: RequiredSection = {
  id: 'achievements',
  name: '工作开展情况及成效',
  synonyms: [
    '工作开展情况',
    '开展情况',
    '主要工作',
    '主要做法',
    '工作成效',
    '成效',
    '完成情况',
    '进展情况',
    '基本情况',
    '工作情况',
    '落实情况',
    '取得的成绩',
    '主要成绩',
  ],
}
const problems: RequiredSection = {
  id: 'problems',
  name: '存在的问题和不足',
  synonyms: [
    '存在的问题',
    '存在问题',
    '存在的不足',
    '不足',
    '问题和不足',
    '困难和问题',
    '短板',
    '薄弱环节',
    '差距',
  ],
}
const nextSteps: RequiredSection = {
  id: 'next-steps',
  name: '下一步工作打算',
  synonyms: [
    '下一步',
    '工作打算',
    '工作计划',
    '工作思路',
    '工作安排',
    '措施',
    '打算',
    '工作建议',
    '努力方向',
    '改进',
  ],
}

export const documentTypes: DocumentType[] = [
  {
    id: 'work-summary',
    name: '工作总结',
    titleKeywords: ['总结'],
    requiredSections: [achievements, problems, nextSteps],
    signed: true,
  },
  {
    id: 'situation-report',
    name: '情况报告',
    titleKeywords: ['报告'],
    requiredSections: [achievements, problems, nextSteps],
    closing: '特此报告。',
    signed: true,
  },
  { id: 'work-points', name: '工作要点', titleKeywords: ['要点'], requiredSections: [] },
  {
    id: 'work-plan',
    name: '工作计划',
    titleKeywords: ['计划', '工作安排', '实施方案'],
    requiredSections: [],
  },
  {
    id: 'request',
    name: '请示',
    titleKeywords: ['请示'],
    requiredSections: [],
    closing: '妥否，请批示。',
    signed: true,
  },
  { id: 'letter', name: '函', titleKeywords: ['的函', '复函'], requiredSections: [], signed: true },
]
