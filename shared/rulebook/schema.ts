/** JSON Schema of a rulebook's frame; each rule's `options` is checked against its kind's own schema. */

import { CATEGORIES, type JsonSchema } from '../types'

const text = (maxLength: number, minLength = 1): JsonSchema => ({
  type: 'string',
  minLength,
  maxLength,
})

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$'

export const ruleEntrySchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'enabled', 'severity', 'category', 'description'],
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, maxLength: 80 },
    kind: { type: 'string', pattern: ID_PATTERN, maxLength: 80 },
    enabled: { type: 'boolean' },
    severity: { enum: ['error', 'warning', 'info'] },
    category: { enum: [...CATEGORIES] },
    description: text(200),
    authority: text(200, 0),
    level: { enum: ['条例', '国标', '实务', '单位'] },
    options: { type: 'object' },
    messages: { type: 'object', maxProperties: 30, additionalProperties: text(200) },
    examples: {
      type: 'object',
      additionalProperties: false,
      properties: {
        valid: { type: 'array', maxItems: 30, items: text(2000) },
        invalid: { type: 'array', maxItems: 30, items: text(2000) },
      },
    },
  },
}

export const documentTypeSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'titleKeywords', 'requiredSections'],
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, maxLength: 80 },
    name: text(40),
    titleKeywords: { type: 'array', minItems: 1, maxItems: 30, items: text(20) },
    requiredSections: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'synonyms'],
        properties: {
          id: { type: 'string', pattern: ID_PATTERN, maxLength: 80 },
          name: text(40),
          synonyms: { type: 'array', minItems: 1, maxItems: 50, items: text(40) },
        },
      },
    },
    closing: text(40),
    signed: { type: 'boolean' },
  },
}

export const rulebookSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'version', 'documentTypes', 'rules'],
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, maxLength: 80 },
    name: text(80),
    version: { type: 'integer', minimum: 0 },
    description: text(500, 0),
    documentTypes: { type: 'array', maxItems: 30, items: documentTypeSchema },
    rules: { type: 'array', maxItems: 500, items: ruleEntrySchema },
  },
}
