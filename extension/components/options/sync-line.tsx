/** One line on the rulebook in use and the last synchronisation. */

import type { SyncStatus } from '../../utils/protocol'

const SOURCE = { server: '服务器', cache: '本机缓存', bundled: '内置规则集' } as const

export function SyncLine({ status }: { status: SyncStatus }) {
  const at = status.at ? new Date(status.at).toLocaleString('zh-CN') : '从未'
  return (
    <p data-sync-state={status.state} role="status">
      规则集：{status.rulebook.id} 第 {status.rulebook.version} 版（{SOURCE[status.rulebook.source]}
      ）
      <br />
      上次同步：{at}，{status.message}
    </p>
  )
}
