import { describe, expect, it } from 'vitest';
import { normalizeSite, parseSites, runsOn, switchSite } from './sites.js';

describe('sites', () => {
  it('reduces what a reader pastes to a host', () => {
    expect(normalizeSite(' https://www.Example.com/news?x=1 ')).toBe('example.com');
    expect(normalizeSite('news.example.com:8080')).toBe('news.example.com');
    expect(parseSites('a.com\nhttps://b.com/x, a.com\n\n')).toEqual(['a.com', 'b.com']);
  });

  it('runs everywhere by default, never on listed sites or their subdomains', () => {
    expect(runsOn({ neverSites: [], onlySites: [] }, 'www.example.com')).toBe(true);
    const never = { neverSites: ['example.com'], onlySites: [] };
    expect(runsOn(never, 'news.example.com')).toBe(false);
    expect(runsOn(never, 'notexample.com')).toBe(true);
  });

  it('runs only on the only-list when it has entries, and never wins over only', () => {
    const only = { neverSites: ['b.example.com'], onlySites: ['example.com'] };
    expect(runsOn(only, 'a.example.com')).toBe(true);
    expect(runsOn(only, 'b.example.com')).toBe(false);
    expect(runsOn(only, 'other.org')).toBe(false);
  });

  it('switches a site off and back on', () => {
    const off = switchSite({ neverSites: [], onlySites: [] }, 'www.example.com', false);
    expect(off).toEqual({ neverSites: ['example.com'], onlySites: [] });
    expect(runsOn(off, 'example.com')).toBe(false);
    const on = switchSite(off, 'example.com', true);
    expect(runsOn(on, 'example.com')).toBe(true);
    expect(on.neverSites).toEqual([]);
  });

  it('switching on a site outside the only-list adds it there', () => {
    const on = switchSite({ neverSites: [], onlySites: ['a.com'] }, 'b.com', true);
    expect(on.onlySites).toEqual(['a.com', 'b.com']);
    expect(runsOn(on, 'b.com')).toBe(true);
  });
});
