/** The bundled sample reports: the publish-time budget and version diffs run over them. */

import f1 from '../../tests/fixtures/samples/f1-county-tax-party-building-2022.txt'
import f2 from '../../tests/fixtures/samples/f2-clean-district-education-2023.txt'
import f3 from '../../tests/fixtures/samples/f3-bureau-work-plan-2024.txt'

export interface Sample {
  name: string
  text: string
}

export const samples: Sample[] = [
  { name: 'f1-county-tax-party-building-2022', text: f1 },
  { name: 'f2-clean-district-education-2023', text: f2 },
  { name: 'f3-bureau-work-plan-2024', text: f3 },
]
