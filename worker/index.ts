/** reportlint worker: the rulebook and check API on Hono and D1 (see docs/worker.md). */

import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env'
import { ApiError, onError } from './errors'
import { authenticate } from './middleware/auth'
import { corsFromEnv } from './middleware/cors'
import { rulebookId } from './middleware/rulebook-id'
import { seedDefaultRulebook } from './middleware/seed'
import { audit } from './routes/audit'
import { check } from './routes/check'
import { drafts } from './routes/drafts'
import { health } from './routes/health'
import { history } from './routes/history'
import { rulebooks } from './routes/rulebooks'
import { tokens } from './routes/tokens'

const MAX_BODY = 2 * 1024 * 1024

const app = new Hono<AppEnv>()

app.use('*', secureHeaders(), corsFromEnv())
app.use(
  '*',
  bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', '请求体超过 2 MB')
    },
  }),
)
app.route('/v1/health', health)
app.use('/v1/*', seedDefaultRulebook(), authenticate())
app.use('/v1/rulebooks/:id', rulebookId())
app.use('/v1/rulebooks/:id/*', rulebookId())
app.route('/v1/rulebooks', rulebooks)
app.route('/v1/rulebooks', drafts)
app.route('/v1/rulebooks', history)
app.route('/v1/check', check)
app.route('/v1/tokens', tokens)
app.route('/v1/audit', audit)

app.notFound((c) => c.json({ error: { code: 'not_found', message: '没有这个接口' } }, 404))
app.onError(onError)

export default app
