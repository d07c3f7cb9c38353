/** Styles of the on-page UI, scoped to the <reportlint-root> shadow root. */

export const INLINE_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.u { position: fixed; height: 0; pointer-events: none; border-bottom: 2px solid; }
.u[data-severity="error"] { border-bottom: 2px solid #c62828; }
.u[data-severity="warning"] { border-bottom: 2px dashed #b26a00; }
.u[data-severity="info"] { border-bottom: 2px dotted #1565c0; }
.u.active { background: rgba(255, 213, 79, 0.35); }
.card, .notice { position: fixed; pointer-events: auto; box-sizing: border-box; max-width: 360px;
  font: 14px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f1f1f;
  background: #fff; border: 1px solid #c7c7c7; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); }
.notice { right: 16px; bottom: 16px; }
.head { display: flex; justify-content: space-between; align-items: center; }
.sev { font-weight: 600; }
.sev-error .sev { color: #b71c1c; } .sev-warning .sev { color: #8a5300; } .sev-info .sev { color: #0d47a1; }
.message { margin: 4px 0; }
.diff { margin: 4px 0; font-size: 15px; }
del { background: #fde7e9; color: #8e1b1b; text-decoration: line-through; padding: 0 2px; }
ins { background: #e3f5e1; color: #1b5e20; text-decoration: underline; padding: 0 2px; }
.authority, .status { margin: 4px 0; color: #555; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button { font: inherit; font-size: 13px; padding: 2px 10px; border: 1px solid #9e9e9e; border-radius: 4px;
  background: #f5f5f5; color: #1f1f1f; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
`
