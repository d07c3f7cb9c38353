// Content script: inline checking in web editors on the default allowlist (user-added sites register at runtime).
import { defineContentScript } from 'wxt/utils/define-content-script'
import { runContentScript } from '../components/inline/content-main'
import { DEFAULT_MATCHES } from '../utils/sites'

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const stop = await runContentScript()
    ctx.onInvalidated(stop)
  },
})
