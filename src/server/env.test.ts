import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('loadConfig', () => {
  it('has defaults that start the platform on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './.data', demoData: true, databaseUrl: undefined });
  });

  it.each([
    [{ PORT: '80000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ LOGIN_MAX_ATTEMPTS: '-1' }, 'LOGIN_MAX_ATTEMPTS'],
    [{ MAP_TILE_URL: 'https://tiles.example/pale.png' }, 'MAP_TILE_URL'], // not a {z}/{x}/{y} template
    [{ MAP_TILE_URL: 'file:///tiles/{z}/{x}/{y}.png' }, 'MAP_TILE_URL'],
  ])('refuses %j naming the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });

  it('takes an XYZ tile template for the maps, and leaves it unset for the offline basemap', () => {
    const gsi = 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png';
    expect(loadConfig({ MAP_TILE_URL: gsi }).mapTileUrl).toBe(gsi);
    expect(loadConfig({}).mapTileUrl).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });
});
