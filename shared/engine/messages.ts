/** Message templates: "（{{found}}）之前缺少（{{expected}}）" with data by name. */

export function formatMessage(
  template: string,
  data: Record<string, string | number> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  )
}
