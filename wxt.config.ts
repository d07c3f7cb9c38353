// WXT build config: the extension lives in extension/, builds to .output/chrome-mv3 (Preact JSX via esbuild).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'wxt'

const stub = (name: string) =>
  fileURLToPath(new URL(`extension/components/inline/stubs/${name}.ts`, import.meta.url))

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // The content script lints with the rulebook the background validated and sends; it carries
    // neither the bundled rulebook nor the regex vetting used by validation (keeps it small).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return
      const alias = [
        {
          find: /^(\.{1,2}\/)+(rulebook\/)?default\/index$/,
          replacement: stub('no-default-rulebook'),
        },
        { find: /^safe-regex2$/, replacement: stub('no-safe-regex') },
      ]
      config.resolve ??= {}
      const existing = config.resolve.alias
      config.resolve.alias = [
        ...(Array.isArray(existing)
          ? existing
          : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        ...alias,
      ]
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'sidePanel', 'alarms', 'activeTab', 'scripting'],
    // The default rulebook server runs locally; any other server or site is asked for when added.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: {
      default_title: '__MSG_actionTitle__',
      // extension/public/icon/*.png (scripts/make-icons.ts); WXT adds the same to "icons"
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
  },
})
