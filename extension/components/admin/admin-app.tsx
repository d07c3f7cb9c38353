/** The admin's rulebook screen: sign in, edit the draft, preview, publish, history, conflicts. */

import { useEffect, useMemo, useState } from 'preact/hooks'
import { validateRulebook, type Rulebook } from '../../../shared/index'
import { send } from '../../utils/messaging'
import { AddRule } from './add-rule'
import { ApiError, createApi, type Api } from './api'
import { ConflictView } from './conflict-view'
import { mergeDrafts, resolveWithMine, type MergeResult } from './draft-merge'
import { HistoryPanel } from './history-panel'
import { PublishPanel } from './publish-panel'
import { RuleList } from './rule-list'
import { setAt, type Path } from './schema-form'
import { SignIn, type Credentials } from './sign-in'

interface Loaded {
  api: Api
  /** The server draft the edits started from, and its ETag. */
  base: Rulebook
  etag: string
  published: Rulebook
}

interface Conflict {
  theirs: Rulebook
  etag: string
  merge: MergeResult
}

type Tab = 'rules' | 'add' | 'publish' | 'history'
const TABS: [Tab, string][] = [
  ['rules', '规则'],
  ['add', '添加规则'],
  ['publish', '预览与发布'],
  ['history', '历史版本'],
]

export function AdminApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [draft, setDraft] = useState<Rulebook | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [tab, setTab] = useState<Tab>('rules')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [stamp, setStamp] = useState(0)

  const validation = useMemo(() => (draft ? validateRulebook(draft) : null), [draft])
  const issues = validation && !validation.ok ? validation.issues : []
  const dirty = !!(loaded && draft && JSON.stringify(loaded.base) !== JSON.stringify(draft))

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => dirty && e.preventDefault()
    addEventListener('beforeunload', warn)
    return () => removeEventListener('beforeunload', warn)
  }, [dirty])

  const run = async (task: () => Promise<void>) => {
    setBusy(true)
    setStatus('')
    try {
      await task()
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) await showConflict()
      else if (e instanceof ApiError && e.issues.length)
        setStatus(`${e.message}：${e.issues.map((i) => `${i.path} ${i.message}`).join('；')}`)
      else setStatus(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  const signIn = (c: Credentials) =>
    run(async () => {
      const api = createApi(c.serverUrl, c.token, c.rulebookId)
      const [d, published] = await Promise.all([api.draft(), api.published()])
      setLoaded({ api, base: d.rulebook, etag: d.etag, published })
      setDraft(d.rulebook)
    })

  /** Someone saved or published first: fetch theirs, merge mine onto it, keep mine intact. */
  const showConflict = async () => {
    if (!loaded || !draft) return
    const theirs = await loaded.api.draft()
    setConflict({
      theirs: theirs.rulebook,
      etag: theirs.etag,
      merge: mergeDrafts(loaded.base, theirs.rulebook, draft),
    })
    setStatus('有人先保存或发布了草稿；你的修改已保留，请处理冲突后再保存。')
  }

  const adoptConflict = (next: Rulebook) => {
    if (!loaded || !conflict) return
    setLoaded({ ...loaded, base: conflict.theirs, etag: conflict.etag })
    setDraft(next)
    setConflict(null)
  }

  const save = async (): Promise<string> => {
    if (!loaded || !draft) throw new Error('尚未登录')
    if (!dirty) return loaded.etag
    const saved = await loaded.api.saveDraft(draft, loaded.etag)
    setLoaded({ ...loaded, base: draft, etag: saved.etag })
    return saved.etag
  }

  const publish = (note: string) =>
    run(async () => {
      if (!loaded) return
      const etag = await save()
      const v = await loaded.api.publish(etag, note)
      const [d, published] = await Promise.all([loaded.api.draft(), loaded.api.published()])
      setLoaded({ ...loaded, base: d.rulebook, etag: d.etag, published })
      setDraft(d.rulebook)
      setStamp(stamp + 1)
      setStatus(`已发布第 ${v.version} 版`)
      void send('sync/now', {}).catch(() => undefined)
    })

  const rollback = (version: number) =>
    run(async () => {
      if (!loaded) return
      const v = await loaded.api.rollback(version)
      const published = await loaded.api.published()
      setLoaded({ ...loaded, published })
      setStamp(stamp + 1)
      setStatus(`已回滚：第 ${v.version} 版与第 ${version} 版相同`)
      void send('sync/now', {}).catch(() => undefined)
    })

  if (!loaded || !draft)
    return (
      <main class="admin">
        <h1>规则集管理</h1>
        <SignIn busy={busy} onSignIn={signIn} />
        {status && (
          <p class="status" role="status">
            {status}
          </p>
        )}
      </main>
    )

  const changeRule = (index: number, path: Path, value: unknown) =>
    setDraft(setAt(draft, ['rules', index, ...path], value))

  return (
    <main class="admin">
      <header>
        <h1>规则集管理</h1>
        <span class="muted">
          {draft.name}（已发布第 {loaded.published.version} 版）
          {dirty ? ' · 草稿有未保存的修改' : ''}
        </span>
        <button
          type="button"
          data-action="save"
          disabled={busy || !dirty || !validation?.ok}
          onClick={() => run(async () => void (await save(), setStatus('草稿已保存')))}
        >
          保存草稿
        </button>
      </header>
      <p class={`validity ${validation?.ok ? 'ok' : 'bad'}`} data-valid={String(!!validation?.ok)}>
        {validation?.ok ? '草稿校验通过' : `草稿有 ${issues.length} 处问题`}
      </p>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      {conflict && (
        <ConflictView
          theirs={conflict.theirs}
          mine={draft}
          merge={conflict.merge}
          onUseMerged={() => adoptConflict(conflict.merge.merged)}
          onKeepMine={() => adoptConflict(draft)}
          onResolveMine={(key) =>
            setConflict({ ...conflict, merge: resolveWithMine(conflict.merge, key) })
          }
        />
      )}
      <nav class="tabs">
        {TABS.map(([t, label]) => (
          <button
            key={t}
            type="button"
            data-tab={t}
            aria-pressed={tab === t}
            onClick={() => setTab(t)}
          >
            {label}
          </button>
        ))}
      </nav>
      {tab === 'rules' && <RuleList rules={draft.rules} issues={issues} onChange={changeRule} />}
      {tab === 'add' && <AddRule draft={draft} onChange={setDraft} />}
      {tab === 'publish' && (
        <PublishPanel
          published={loaded.published}
          draft={draft}
          valid={!!validation?.ok}
          busy={busy}
          onPublish={publish}
        />
      )}
      {tab === 'history' && (
        <HistoryPanel api={loaded.api} stamp={stamp} busy={busy} onRollback={rollback} />
      )}
    </main>
  )
}
