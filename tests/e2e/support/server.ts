/** A static file server on 127.0.0.1 and a free port, and a port that nothing listens on. */

import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

export interface Served {
  url: string
  close(): Promise<void>
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )
}

/** Serves `dir` at http://127.0.0.1:<free port>. */
export async function serveDir(dir: string): Promise<Served> {
  const server = createServer(async (req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '')
    try {
      const body = await readFile(join(dir, path))
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  const port = await listen(server)
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  }
}

/** A URL on 127.0.0.1 where no server listens (the port was free a moment ago). */
export async function deadUrl(): Promise<string> {
  const server = createServer()
  const port = await listen(server)
  await new Promise((r) => server.close(r))
  return `http://127.0.0.1:${port}`
}
