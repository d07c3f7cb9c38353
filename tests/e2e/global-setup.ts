// End-to-end setup: build the extension when its sources are newer than the build, bundle and serve the editor pages.
import { execSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { EXTENSION_DIR } from './support/browser'
import { buildPages } from './support/pages'
import { serveDir, type Served } from './support/server'

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

let served: Served | undefined

export default async function setup(project: TestProject) {
  const manifest = join(EXTENSION_DIR, 'manifest.json')
  const stale =
    !existsSync(manifest) ||
    statSync(manifest).mtimeMs <
      Math.max(newest('extension'), newest('shared'), statSync('wxt.config.ts').mtimeMs)
  if (stale) execSync('npx wxt build', { stdio: 'inherit' })
  // A snapshot of the build, so another build into .output while the suite runs cannot disturb it.
  const snapshot = join(mkdtempSync(join(tmpdir(), 'reportlint-ext-')), 'chrome-mv3')
  cpSync(EXTENSION_DIR, snapshot, { recursive: true })
  project.provide('extensionDir', snapshot)
  served = await serveDir(await buildPages())
  project.provide('pagesUrl', served.url)
  return async () => served?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    pagesUrl: string
    extensionDir: string
  }
}
