/** The bundled sample reports (the same files the worker's diff uses), for the publish preview. */

import type { Sample } from './sample-effect'

const files = import.meta.glob('../../../tests/fixtures/samples/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

export const SAMPLES: Sample[] = Object.entries(files)
  .map(([path, text]) => ({ name: path.split('/').pop()!, text }))
  .sort((a, b) => a.name.localeCompare(b.name))
