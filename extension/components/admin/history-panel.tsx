/** Published versions with who, when and why; a diff between any two; rollback to one. */

import { useEffect, useState } from 'preact/hooks'
import type { Api, VersionInfo } from './api'
import { DiffView, jsonPatch } from './json-diff'

interface Props {
  api: Api
  /** Changes after a publish or rollback, to reload the list. */
  stamp: number
  busy: boolean
  onRollback(version: number): void
}

export function HistoryPanel({ api, stamp, busy, onRollback }: Props) {
  const [versions, setVersions] = useState<VersionInfo[]>([])
  const [pair, setPair] = useState<[number, number] | null>(null)
  const [patch, setPatch] = useState('')
  useEffect(() => {
    void api.versions().then((v) => {
      setVersions(v)
      if (v.length > 1) setPair([v[1].version, v[0].version])
    })
  }, [api, stamp])
  useEffect(() => {
    if (!pair) return setPatch('')
    void Promise.all([api.version(pair[0]), api.version(pair[1])]).then(([a, b]) =>
      setPatch(
        jsonPatch(
          { ...a, version: 0 },
          { ...b, version: 0 },
          `第 ${pair[0]} 版`,
          `第 ${pair[1]} 版`,
        ),
      ),
    )
  }, [api, pair])
  const pick = (side: 0 | 1, v: number) =>
    setPair(pair ? (side ? [pair[0], v] : [v, pair[1]]) : [v, v])
  return (
    <section class="history" data-view="history">
      <table>
        <thead>
          <tr>
            <th>版本</th>
            <th>发布人</th>
            <th>时间</th>
            <th>说明</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.version} data-version={v.version}>
              <td>{v.version}</td>
              <td>{v.author ?? '—'}</td>
              <td>{v.createdAt ? new Date(v.createdAt).toLocaleString('zh-CN') : '—'}</td>
              <td data-note>{v.note || '—'}</td>
              <td>
                {i > 0 && (
                  <button
                    type="button"
                    class="small"
                    data-action="rollback"
                    disabled={busy}
                    onClick={() => onRollback(v.version)}
                  >
                    回滚到此版
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && pair && (
        <div class="row">
          比较
          <select
            data-field="from"
            value={pair[0]}
            onChange={(e) => pick(0, Number((e.target as HTMLSelectElement).value))}
          >
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                第 {v.version} 版
              </option>
            ))}
          </select>
          与
          <select
            data-field="to"
            value={pair[1]}
            onChange={(e) => pick(1, Number((e.target as HTMLSelectElement).value))}
          >
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                第 {v.version} 版
              </option>
            ))}
          </select>
        </div>
      )}
      {patch && <DiffView patch={patch} name="versions" />}
    </section>
  )
}
