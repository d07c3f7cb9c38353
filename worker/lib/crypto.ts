/** Hashing and random tokens with Web Crypto: token hashes, strong ETags, timing-safe comparison. */

const encoder = new TextEncoder()

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** SHA-256 of a UTF-8 string, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

/** A strong ETag for a stored body: the quoted first 32 hex digits of its SHA-256. */
export async function strongEtag(body: string): Promise<string> {
  return `"${(await sha256Hex(body)).slice(0, 32)}"`
}

/** A new API token: `rl_` and 32 random bytes in base64url. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const b64 = btoa(String.fromCharCode(...bytes))
  return 'rl_' + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** A short random id for tokens. */
export function randomId(): string {
  return hex(crypto.getRandomValues(new Uint8Array(8)).buffer as ArrayBuffer)
}

/** Compares two equal-length hex digests without leaking where they differ. */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
