import { isIP } from 'node:net';
import { z } from 'zod';

// The one place that reads process.env. Everything else receives a Config.
const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_DATA: boolish.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  SECURE_COOKIES: boolish.default(false),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  // Reverse proxies whose X-Forwarded-For is believed: a comma-separated list of IP addresses. Default none,
  // so the client address is the socket's and a forged header changes nothing.
  TRUSTED_PROXIES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().refine((a) => isIP(a) !== 0, { message: 'must be IP addresses, comma-separated' })),
    )
    .default([]),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).default(1024),
  IMPORT_LIMIT_MB: z.coerce.number().int().min(1).default(256),
  // Online basemap for the web maps; unset, they draw the offline outlines shipped with the app.
  MAP_TILE_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => ['{z}', '{x}', '{y}'].every((p) => u.includes(p)), {
      message: 'must be an XYZ tile template with {z}, {x} and {y}',
    })
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(500).optional(),
  // Where people reach the platform: links in mail (reminders, password reset) start with it, and browser
  // writes from its origin pass the CSRF check behind a TLS-terminating proxy. Default: this host.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Matching: mail by SMTP when set (smtp://user:pass@host:587), otherwise to the outbox table.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Fusion Cluster Hub <noreply@localhost>'),
  POST_EXPIRY_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  INTRODUCTION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(21),
  REMINDER_DAYS: z.coerce.number().int().min(0).max(90).default(3),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demoData: boolean;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  /** Proxies whose X-Forwarded-For names the client; normalised (no IPv4-mapped IPv6 prefix). */
  trustedProxies: string[];
  bodyLimitBytes: number;
  importLimitBytes: number;
  /** XYZ raster tile template for the web maps, e.g. GSI's pale map; undefined: offline basemap. */
  mapTileUrl?: string;
  mapTileAttribution?: string;
  /** Base of links in mail, without a trailing slash. */
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Needs and seeds expire this long after posting or renewal. */
  postExpiryDays: number;
  /** An unanswered introduction request expires after this long. */
  introductionExpiryDays: number;
  /** Owners are reminded this long before a post or request expires. */
  reminderDays: number;
};

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(defined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    secureCookies: e.SECURE_COOKIES,
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    trustedProxies: e.TRUSTED_PROXIES.map(normalizeAddress),
    bodyLimitBytes: e.BODY_LIMIT_KB * 1024,
    importLimitBytes: e.IMPORT_LIMIT_MB * 1024 * 1024,
    mapTileUrl: e.MAP_TILE_URL,
    mapTileAttribution: e.MAP_TILE_ATTRIBUTION,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    postExpiryDays: e.POST_EXPIRY_DAYS,
    introductionExpiryDays: e.INTRODUCTION_EXPIRY_DAYS,
    reminderDays: e.REMINDER_DAYS,
  };
}

/** `::ffff:10.0.0.1` (how a dual-stack socket reports an IPv4 peer) and `10.0.0.1` are one address. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}
