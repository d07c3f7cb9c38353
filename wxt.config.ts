// WXT build config: the extension lives in extension/, builds to .output/chrome-mv3 (Preact JSX via esbuild).
import { defineConfig } from 'wxt'

export default defineConfig({
  srcDir: 'extension',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'sidePanel', 'alarms', 'activeTab', 'scripting'],
    // The default rulebook server runs locally; any other server or site is asked for when added.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
  },
})
