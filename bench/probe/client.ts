/**
 * The probe's HTTP client: real requests over loopback to a running server, counted per check, every 5xx
 * recorded as a failure wherever it happens, and every request bounded by a timeout.
 */
import net from 'node:net';

export const requestTimeoutMs = 20_000;

/** One check's tally: requests sent, and what went wrong (any entry fails the probe). */
export class Tally {
  requests = 0;
  readonly failures: string[] = [];
  constructor(readonly name: string) {}
  fail(message: string) {
    if (this.failures.length < 200) this.failures.push(message);
  }
  /** Records a failure unless `ok`; returns `ok` so a caller may stop early. */
  expect(ok: boolean, message: string) {
    if (!ok) this.fail(message);
    return ok;
  }
}

export type Session = { label: string; cookie: string; csrf: string; userId: string };

export type Answer = {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, field by field
  json: any;
  ms: number;
};

export type CallOptions = {
  as?: Session;
  /** Sent as JSON with `Content-Type: application/json`. */
  body?: unknown;
  /** Sent as given, with `contentType` (none when null). */
  raw?: string;
  contentType?: string | null;
  headers?: Record<string, string>;
};

const shorten = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

/** A server under test: one or more base URLs (processes sharing one database). */
export class Target {
  constructor(readonly bases: string[]) {}

  /** Sends one request through process `via` (modulo the number of processes). */
  async call(t: Tally, method: string, path: string, options: CallOptions = {}, via = 0): Promise<Answer> {
    const base = this.bases[via % this.bases.length]!;
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      headers.cookie = options.as.cookie;
      if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = options.as.csrf;
    }
    let body: string | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      if (options.contentType) headers['content-type'] = options.contentType;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      const type = options.contentType === undefined ? 'application/json' : options.contentType;
      if (type) headers['content-type'] = type;
    }
    t.requests++;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (err) {
      t.fail(`${method} ${path}: no answer (${err instanceof Error ? err.message : String(err)})`);
      return {
        status: 0,
        headers: new Headers(),
        text: '',
        json: undefined,
        ms: performance.now() - started,
      };
    }
    const text = await res.text();
    const ms = performance.now() - started;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.status >= 500)
      t.fail(
        `${method} ${path}${options.as ? ` as ${options.as.label}` : ''}: ${res.status} ${shorten(text)}`,
      );
    return { status: res.status, headers: res.headers, text, json, ms };
  }

  async signIn(t: Tally, label: string, email: string, password: string): Promise<Session> {
    const res = await this.call(t, 'POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200)
      throw new Error(`sign-in of ${email} answered ${res.status}: ${shorten(res.text)}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    return { label, cookie, csrf: res.json.csrfToken, userId: res.json.user.id };
  }
}

export type RawAnswer = { status: number; headers: Record<string, string>; ms: number; error?: string };

/**
 * A request written straight to a socket, its body streamed in chunks, for what fetch hides: the
 * `Connection` header, and how soon a server answers a body it does not mean to read. Resolves on the
 * response head, whatever happens to the rest of the upload (a server that answers early may close the
 * socket under it: that write error is expected and ignored once the head has come). `sendBytes` of the
 * declared `totalBytes` are sent: fewer, and an answer can only come from a server that did not wait for
 * the body; then no unread upload is left for the server's close to turn into a reset that can swallow
 * the answer.
 */
export function rawRequest(
  t: Tally,
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  totalBytes: number,
  sendBytes = totalBytes,
): Promise<RawAnswer> {
  t.requests++;
  const url = new URL(path, base);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    let received = '';
    let writeError: string | undefined;
    const socket = net.connect(Number(url.port), url.hostname);
    const done = (a: RawAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (a.status >= 500) t.fail(`${method} ${path}: ${a.status}`);
      resolve(a);
    };
    const timer = setTimeout(
      () => done({ status: 0, headers: {}, ms: performance.now() - started, error: writeError ?? 'timeout' }),
      requestTimeoutMs,
    );
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = received.slice(0, end).split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      done({ status: Number(statusLine!.split(' ')[1]), headers: parsed, ms: performance.now() - started });
    });
    socket.on('error', (err) => {
      writeError = err.message;
    });
    socket.on('close', () =>
      done({
        status: 0,
        headers: {},
        ms: performance.now() - started,
        error: writeError ?? 'closed without an answer',
      }),
    );
    const head = [
      `${method} ${url.pathname}${url.search} HTTP/1.1`,
      `host: ${url.host}`,
      ...Object.entries({ ...headers, 'content-length': String(totalBytes) }).map(([k, v]) => `${k}: ${v}`),
      '',
      '',
    ].join('\r\n');
    socket.write(head);
    const chunk = Buffer.alloc(64 * 1024, 0x5b); // '[' — also as deep as nesting gets
    let sent = 0;
    const pump = () => {
      while (sent < sendBytes && !settled && !socket.destroyed) {
        const n = Math.min(chunk.length, sendBytes - sent);
        sent += n;
        if (!socket.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    socket.once('connect', pump);
  });
}

/** Runs `fn` with a time limit; a check that runs over fails rather than hanging the probe. */
export async function bounded<T>(t: Tally, ms: number, fn: () => Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const result = await Promise.race([fn(), limit]);
    if (result === 'timeout') {
      t.fail(`did not finish within ${ms / 1000} s`);
      return undefined;
    }
    return result as T;
  } catch (err) {
    t.fail(`stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
