// Files on a consultation: what is accepted and how large. The type is read from the file's first bytes
// (core/incubation's signatures), never taken from the client's claim.
import { sniffType, type UnitFileType } from '../incubation/unit-media.ts';

export const caseFileTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type CaseFileType = (typeof caseFileTypes)[number];

/** 5 MiB a file, 20 files a case: a desk case carries a letter, a drawing, a few photos, not archives. */
export const caseFileMaxBytes = 5 * 1024 * 1024;
export const caseFileMaxCount = 20;

export function caseFileType(bytes: Uint8Array): CaseFileType | null {
  const t: UnitFileType | null = sniffType(bytes);
  return t && (caseFileTypes as readonly string[]).includes(t) ? (t as CaseFileType) : null;
}

/** A name safe in a Content-Disposition header: no quotes, separators or control characters; keeps the extension. */
export function safeFileName(name: string, type: CaseFileType): string {
  const ext = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[
    type
  ];
  const base = name
    .normalize('NFKC')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'file'}.${ext}`;
}
