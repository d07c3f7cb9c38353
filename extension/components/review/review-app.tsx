/** The reviewer's side panel: pick a source, check it all at once, browse, fix and export. */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import {
  defaultRulebook,
  lint,
  parseDocument,
  type Finding,
  type Rulebook,
} from '../../../shared/index'
import { readDocx } from './docx'
import { planFixes, type FixPlan } from './fix-plan'
import { FindingsList } from './findings-list'
import { FixPreview } from './fix-preview'
import { outlineWithGaps } from './outline-model'
import { OutlineTree } from './outline-tree'
import { renderReportHtml } from './report-html'
import { renderReportMarkdown } from './report-markdown'
import { buildReport } from './report-model'
import { applyOnPage, download, loadRulebook, pageText, revealOnPage } from './review-runtime'
import {
  countFindings,
  filterFindings,
  groupBySection,
  sectionAnchors,
  type FindingFilter,
  type SectionAnchor,
} from './sections'
import { SourcePanel } from './source-panel'
import { SummaryBar } from './summary-bar'

interface Checked {
  kind: 'page' | 'paste' | 'docx'
  /** File name, page address or "粘贴文本". */
  name: string
  text: string
  extraAnchors: SectionAnchor[]
  findings: Finding[]
}

export function ReviewApp() {
  const [rulebook, setRulebook] = useState<Rulebook>(defaultRulebook)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [filter, setFilter] = useState<FindingFilter>({})
  const [view, setView] = useState<'findings' | 'outline'>('findings')
  const [plan, setPlan] = useState<FixPlan | null>(null)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [pasted, setPasted] = useState('')
  const inputRef = useRef<HTMLTextAreaElement | null>(null)

  useEffect(() => {
    void loadRulebook().then(({ rulebook }) => setRulebook(rulebook))
  }, [])

  const check = (c: Omit<Checked, 'findings'>) => {
    setChecked({ ...c, findings: lint(c.text, rulebook) })
    setPlan(null)
    setStatus('')
  }

  const run = async (task: () => Promise<void>) => {
    setBusy(true)
    try {
      await task()
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  const onPage = () =>
    run(async () => {
      const { text, url } = await pageText()
      if (text == null) return setStatus('当前页面没有可检查的编辑器，或本网站未开启检查。')
      check({ kind: 'page', name: url ?? '当前页面', text, extraAnchors: [] })
    })
  const onDocx = (file: File) =>
    run(async () => {
      const { text, anchors } = await readDocx(await file.arrayBuffer())
      check({ kind: 'docx', name: file.name, text, extraAnchors: anchors })
    })
  const onPaste = (text: string) =>
    check({ kind: 'paste', name: '粘贴文本', text, extraAnchors: [] })

  const doc = useMemo(
    () => (checked ? parseDocument(checked.text, rulebook.documentTypes) : null),
    [checked, rulebook],
  )
  const anchors = useMemo(
    () => (doc && checked ? sectionAnchors(doc, checked.extraAnchors) : []),
    [doc, checked],
  )
  const counts = useMemo(() => countFindings(checked?.findings ?? []), [checked])
  const groups = useMemo(
    () => groupBySection(anchors, filterFindings(checked?.findings ?? [], filter)),
    [anchors, checked, filter],
  )
  const outline = useMemo(() => (doc ? outlineWithGaps(doc.outline) : []), [doc])
  const fixable = checked?.findings.filter((f) => f.fix).length ?? 0

  const pick = (f: Pick<Finding, 'start' | 'end'>) => {
    if (!checked) return
    if (checked.kind === 'page') {
      void revealOnPage(f.start, f.end).then(
        (ok) => !ok && setStatus('页面内容已变化，请重新检查当前页面。'),
      )
    } else if (checked.kind === 'paste' && inputRef.current) {
      inputRef.current.focus()
      inputRef.current.setSelectionRange(f.start, f.end)
    }
  }
  const pickLine = (line: number) => doc && pick(doc.lines[line])

  const confirmFixes = () =>
    run(async () => {
      if (!checked || !plan) return
      if (checked.kind === 'page') {
        const applied = await applyOnPage(plan.fixes)
        const { text } = await pageText()
        check({ ...checked, text: text ?? plan.after })
        setStatus(`已在页面中修改 ${applied} 处`)
        return
      }
      if (checked.kind === 'paste') setPasted(plan.after)
      check({ ...checked, text: plan.after })
      setStatus(`已修改 ${plan.fixes.length} 处`)
    })

  const exportReport = (format: 'html' | 'md') => {
    if (!checked || !doc) return
    const report = buildReport({
      title: doc.titleText || checked.name,
      source: checked.name,
      rulebook: { id: rulebook.id, name: rulebook.name, version: rulebook.version },
      findings: checked.findings,
      anchors,
      date: new Date(),
    })
    const base = `审核报告-${(doc.titleText || checked.name).replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}`
    if (format === 'html') download(`${base}.html`, renderReportHtml(report), 'text/html')
    else download(`${base}.md`, renderReportMarkdown(report), 'text/markdown')
  }

  return (
    <main class="review">
      <header>
        <h1>公文审核</h1>
        <span class="muted" data-rulebook={rulebook.id}>
          {rulebook.name}（第 {rulebook.version} 版）
        </span>
      </header>
      <SourcePanel
        busy={busy}
        text={pasted}
        onText={setPasted}
        onPage={onPage}
        onPaste={onPaste}
        onDocx={onDocx}
        inputRef={inputRef}
      />
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      {checked && (
        <>
          <SummaryBar counts={counts} source={checked.name} />
          <div class="row">
            <button
              type="button"
              data-action="apply-all"
              disabled={!fixable}
              onClick={() => setPlan(planFixes(checked.text, checked.findings))}
            >
              应用全部确定修改（{fixable}）
            </button>
            <button type="button" data-action="export" onClick={() => exportReport('html')}>
              导出审核报告
            </button>
            <button type="button" data-action="export-md" onClick={() => exportReport('md')}>
              导出 Markdown
            </button>
          </div>
          {plan && (
            <FixPreview plan={plan} onConfirm={confirmFixes} onCancel={() => setPlan(null)} />
          )}
          <nav class="tabs">
            <button
              type="button"
              data-tab="findings"
              aria-pressed={view === 'findings'}
              onClick={() => setView('findings')}
            >
              问题清单
            </button>
            <button
              type="button"
              data-tab="outline"
              aria-pressed={view === 'outline'}
              onClick={() => setView('outline')}
            >
              文档结构
            </button>
          </nav>
          {view === 'findings' ? (
            <FindingsList
              groups={groups}
              counts={counts}
              filter={filter}
              onFilter={setFilter}
              onPick={pick}
            />
          ) : (
            <OutlineTree items={outline} onPick={pickLine} />
          )}
        </>
      )}
    </main>
  )
}
