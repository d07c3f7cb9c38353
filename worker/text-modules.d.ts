/** Text modules: `.txt` files are bundled as strings (wrangler `[[rules]]` Text; a Vite plugin in tests). */

declare module '*.txt' {
  const text: string
  export default text
}
