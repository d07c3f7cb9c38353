/** Sign-in form: the worker's address (from the extension's settings), the rulebook and an admin token. */

import { useEffect, useState } from 'preact/hooks'
import { send } from '../../utils/messaging'

export interface Credentials {
  serverUrl: string
  token: string
  rulebookId: string
}

export function SignIn({ busy, onSignIn }: { busy: boolean; onSignIn(c: Credentials): void }) {
  const [c, setC] = useState<Credentials>({
    serverUrl: 'http://127.0.0.1:8787',
    token: '',
    rulebookId: 'default',
  })
  useEffect(() => {
    void send('settings/get', {})
      .then((s) =>
        setC((prev) => ({
          ...prev,
          serverUrl: s.serverUrl || prev.serverUrl,
          rulebookId: s.rulebookId || prev.rulebookId,
        })),
      )
      .catch(() => undefined)
  }, [])
  const field = (key: keyof Credentials, label: string, type = 'text') => (
    <label class="field">
      <span class="label">{label}</span>
      <input
        data-field={key}
        type={type}
        value={c[key]}
        onInput={(e) => setC({ ...c, [key]: (e.target as HTMLInputElement).value })}
      />
    </label>
  )
  return (
    <form
      class="sign-in"
      data-view="sign-in"
      onSubmit={(e) => {
        e.preventDefault()
        onSignIn({ ...c, serverUrl: c.serverUrl.trim(), token: c.token.trim() })
      }}
    >
      {field('serverUrl', '服务器地址')}
      {field('rulebookId', '规则集')}
      {field('token', '管理员令牌', 'password')}
      <button
        type="submit"
        class="primary"
        data-action="sign-in"
        disabled={busy || !c.token.trim()}
      >
        登录
      </button>
    </form>
  )
}
