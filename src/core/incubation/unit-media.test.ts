import { describe, expect, it } from 'vitest';
import { acceptedTypes, downloadName, sniffType } from './unit-media.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

// Signatures from the formats' specifications: JPEG SOI + marker, the PNG signature, RIFF/WEBP, %PDF-.
describe('a file is the type its first bytes say', () => {
  it.each([
    ['JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['JPEG (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['GIF', bytes('GIF89a'), null],
    ['text renamed .png', bytes('hello, world'), null],
    ['HTML claiming to be an image', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['WAV (RIFF but not WEBP)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['PNG signature cut short', bytes([0x89], 'PNG', [0x0d, 0x0a]), null],
    ['JPEG with only two bytes', bytes([0xff, 0xd8]), null],
    ['empty', bytes(), null],
  ])('%s → %s', (_name, data, type) => {
    expect(sniffType(data)).toBe(type);
  });
});

describe('what each kind accepts', () => {
  it('photos are images only; a floor plan may be a PDF', () => {
    expect(acceptedTypes.photo).not.toContain('application/pdf');
    expect(acceptedTypes['floor-plan']).toContain('application/pdf');
    expect(acceptedTypes['floor-plan']).toContain('image/png');
  });
});

describe('download names', () => {
  it.each([
    ['vf-a', 'floor-plan', 'application/pdf', 'vf-a-floor-plan.pdf'],
    ['vf-a', 'photo', 'image/jpeg', 'vf-a-photo.jpg'],
    ['a"b;\r\nc/../d', 'floor-plan', 'application/pdf', 'a-b-c-..-d-floor-plan.pdf'],
    ['棟A', 'photo', 'image/png', 'A-photo.png'],
  ] as const)('%s %s %s → %s', (key, kind, type, name) => {
    expect(downloadName(key, kind, type)).toBe(name);
  });
});
