/**
 * A facility unit's photos and floor plan: which file types each kind takes, how many and how large, and the
 * type a file really is, read from its first bytes (the client's Content-Type is only a claim).
 */

export const unitFileKinds = ['photo', 'floor-plan'] as const;
export type UnitFileKind = (typeof unitFileKinds)[number];

export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const unitFileTypes = [...imageTypes, 'application/pdf'] as const;
export type UnitFileType = (typeof unitFileTypes)[number];

/** What each kind accepts: photos are images; a floor plan may also be a PDF drawing. */
export const acceptedTypes: Record<UnitFileKind, readonly UnitFileType[]> = {
  photo: imageTypes,
  'floor-plan': unitFileTypes,
};

/** 5 MiB per file; 12 photos and one floor plan per unit (a new floor plan replaces the old one). */
export const unitFileMaxBytes = 5 * 1024 * 1024;
export const unitFileMaxCount: Record<UnitFileKind, number> = { photo: 12, 'floor-plan': 1 };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The type a file's signature names, or null when it is none of the accepted ones:
 * JPEG starts FF D8 FF; PNG with its 8-byte signature 89 "PNG" 0D 0A 1A 0A; WebP is a RIFF container whose
 * form type at byte 8 is "WEBP"; PDF starts "%PDF-".
 */
export function sniffType(bytes: Uint8Array): UnitFileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const extensions: Record<UnitFileType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/**
 * The name a download is offered under: the unit's key (letters, digits, dot, dash, underscore only; the rest
 * become dashes) with the kind and the extension of the real type, e.g. `vf-a-floor-plan.pdf`.
 */
export function downloadName(unitKey: string, kind: UnitFileKind, type: UnitFileType): string {
  const base = `${unitKey}-${kind}`.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'file';
  return `${base.slice(0, 80)}.${extensions[type]}`;
}
