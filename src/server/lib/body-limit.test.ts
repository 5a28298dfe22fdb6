import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { drainBounds } from './body-limit.ts';

// Over a real socket: `app.request` has none, and what is tested here is what happens to the connection.
let t: TestApp;
let server: ServerType;
let port: number;

beforeAll(async () => {
  t = await createTestApp(); // BODY_LIMIT_KB 1,024
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type Answer = { status: number; connection?: string; body: string; ms: number };

/**
 * Sends `body` in 64 kB writes (declared with Content-Length, or chunked) on a fresh connection and reads
 * the whole answer; rejects on a connection reset. `stallAfter` stops writing after that many bytes and
 * keeps the request open.
 */
function post(path: string, body: Buffer, options: { chunked?: boolean; stallAfter?: number } = {}) {
  const started = performance.now();
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path,
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(options.chunked ? {} : { 'content-length': body.length }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('error', reject);
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            body: text,
            ms: performance.now() - started,
          });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    const end = options.stallAfter ?? body.length;
    const write = (offset: number) => {
      if (offset >= end) {
        if (options.stallAfter === undefined) req.end();
        return;
      }
      const next = Math.min(end, offset + 64 * 1024);
      if (req.write(body.subarray(offset, next))) setImmediate(() => write(next));
      else req.once('drain', () => write(next));
    };
    write(0);
  });
}

/**
 * Node, run with the port, the rounds and the body size: each round declares the size, writes the body in
 * 64 kB writes as fast as the socket drains, and prints what it read (status, Connection, error code) or the
 * error that ended the connection.
 */
const uploadingClient = `
const net = require('node:net');
const [port, rounds, size] = process.argv.slice(1).map(Number);
const chunk = Buffer.alloc(64 * 1024, 0x5b);
const round = () => new Promise((resolve) => {
  let got = '', error = 'closed', sent = 0;
  const s = net.connect(port, '127.0.0.1');
  const pump = () => {
    while (sent < size && !s.destroyed) {
      sent += chunk.length;
      if (!s.write(chunk)) return void s.once('drain', pump);
    }
  };
  s.once('connect', () => {
    s.write('POST /api/auth/login HTTP/1.1\\r\\nhost: x\\r\\ncontent-type: application/json\\r\\n' +
      'content-length: ' + size + '\\r\\n\\r\\n');
    pump();
  });
  s.on('data', (c) => (got += c.toString('latin1')));
  s.on('error', (e) => (error = e.code));
  s.on('close', () => {
    const status = /^HTTP\\/1\\.1 (\\d+)/.exec(got);
    const connection = /\\r\\nconnection: *([^\\r]*)/i.exec(got);
    const code = /"code":"([a-z_]+)"/.exec(got);
    resolve(status ? [status[1], connection?.[1], code?.[1]].join(' ') : 'lost:' + error);
  });
});
(async () => {
  const out = [];
  // Four connections at a time: the server is busier, and the reset came more often that way.
  for (let i = 0; i < rounds; i += 4) out.push(...(await Promise.all([round(), round(), round(), round()])));
  console.log(out.join(','));
})();
`;

const twoMegabytes = () => Buffer.from(JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024), password: 'y' }));

describe('a body over the limit on a real connection', () => {
  it('is answered 413 with Connection: close and read whole by clients still uploading, 40 times', async () => {
    // The clients run in another process, as real ones do, and write as fast as the socket takes it: in one
    // process with the server the reset never came (the server answers between its writes). Without the
    // drain this failed 3 runs of 3, losing 1 to 4 answers of 40 to EPIPE/ECONNRESET.
    const answers = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-e', uploadingClient, String(port), '40', String(2 * 1024 * 1024)],
        (err, stdout) => (err ? reject(err) : resolve(stdout.trim())),
      ),
    );
    expect(answers.split(',')).toEqual(Array(40).fill('413 close payload_too_large'));
  });

  it('is answered 413 the same way when the body is chunked and refused while it is read', async () => {
    const body = twoMegabytes();
    for (let i = 0; i < 10; i++) {
      const res = await post('/api/auth/login', body, { chunked: true });
      expect(res.status).toBe(413);
      expect(res.connection).toBe('close');
      expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    }
  });

  it('does not wait longer than the drain bound for a client that stops sending', async () => {
    const res = await post('/api/auth/login', twoMegabytes(), { stallAfter: 1536 * 1024 });
    expect(res.status).toBe(413);
    expect(res.ms).toBeGreaterThanOrEqual(drainBounds.ms - 50);
    expect(res.ms).toBeLessThan(drainBounds.ms + 2000);
  });

  it('answers a body declared beyond the drain bound at once, without reading it', async () => {
    // 8 MB declared, 1 MB sent, then nothing: a wait for the rest would show as the drain bound's delay.
    // Closing with the upload unread may reset the connection here; that is the bounded case, so either the
    // 413 or a reset will do, as long as it comes at once.
    const started = performance.now();
    const res = await post('/api/auth/login', Buffer.alloc(8 * 1024 * 1024, 0x20), {
      stallAfter: 1024 * 1024,
    }).catch((err: NodeJS.ErrnoException) => err.code);
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(typeof res === 'object' ? res.status : res);
    expect(performance.now() - started).toBeLessThan(drainBounds.ms / 2);
  });

  it('refuses a signed-out chunked import with 401 without reading it to the limit', async () => {
    const res = await post('/api/import', Buffer.alloc(32 * 1024 * 1024, 0x20), {
      chunked: true,
      stallAfter: 1024 * 1024,
    });
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(2000);
  });
});
