/** Chinese labels for severities and categories, shared by the side panel and the report. */

import type { Category, Severity } from '../../../shared/index'

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
}

export const CATEGORY_LABELS: Record<Category, string> = {
  structure: '结构',
  numbering: '序号',
  placeholder: '占位符',
  punctuation: '标点',
  numbers: '数字',
  wording: '用语',
  consistency: '一致性',
  format: '格式',
}
