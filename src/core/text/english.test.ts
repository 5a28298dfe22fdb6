import { describe, expect, it } from 'vitest';
import { singularize } from './english.ts';

describe('singularize', () => {
  it.each([
    ['magnets', 'magnet'],
    ['coils', 'coil'],
    ['tokamaks', 'tokamak'],
    ['technologies', 'technology'],
    ['facilities', 'facility'],
    ['batteries', 'battery'],
    ['ties', 'tie'],
    ['processes', 'process'],
    ['switches', 'switch'],
    ['approaches', 'approach'],
    ['meshes', 'mesh'],
    ['fluxes', 'flux'],
    ['services', 'service'],
    ['phases', 'phase'],
    ['gases', 'gas'],
    ['analyses', 'analysis'],
    ['plasmas', 'plasma'],
    ['pcbs', 'pcb'],
  ])('plural %s → %s', (word, expected) => {
    expect(singularize(word)).toBe(expected);
  });

  it.each([
    'gas',
    'plus',
    'series',
    'species',
    'physics',
    'electronics',
    'robotics',
    'diagnostics',
    'process',
    'glass',
    'status',
    'apparatus',
    'basis',
    'analysis',
    'chassis',
    'bias',
    'lens',
    'news',
    'hts',
    'lts',
    'its',
    'magnet',
    'nb3sn',
    'café',
  ])('unchanged: %s', (word) => {
    expect(singularize(word)).toBe(word);
  });
});
