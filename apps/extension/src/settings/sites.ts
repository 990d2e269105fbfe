import type { Settings } from './settings.js';

/**
 * A site as the reader writes it: a host, without scheme, path or a leading "www.". Whatever they
 * paste ("https://www.example.com/news") becomes "example.com".
 */
export function normalizeSite(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  const host = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#:]/)[0] ?? '';
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

/** One site per line or comma, normalised, without repeats or blanks. */
export function parseSites(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map(normalizeSite).filter(Boolean))];
}

/** Whether a listed site covers a host: the site itself and its subdomains. */
export function siteCovers(site: string, host: string): boolean {
  const h = normalizeSite(host);
  return h === site || h.endsWith(`.${site}`);
}

/** Whether the extension reads pages on this host. */
export function runsOn(settings: Pick<Settings, 'neverSites' | 'onlySites'>, host: string): boolean {
  if (settings.neverSites.some((site) => siteCovers(site, host))) return false;
  return settings.onlySites.length === 0 || settings.onlySites.some((site) => siteCovers(site, host));
}

/**
 * The popup's switch: turning a site on removes every entry that covers it from the never list
 * (and adds it to the only list when that list is in use); turning it off adds the site.
 */
export function switchSite(
  settings: Pick<Settings, 'neverSites' | 'onlySites'>,
  host: string,
  on: boolean,
): Pick<Settings, 'neverSites' | 'onlySites'> {
  const site = normalizeSite(host);
  if (!on) return { neverSites: [...new Set([...settings.neverSites, site])], onlySites: settings.onlySites };
  const neverSites = settings.neverSites.filter((entry) => !siteCovers(entry, site));
  const onlySites =
    settings.onlySites.length === 0 || settings.onlySites.some((entry) => siteCovers(entry, site))
      ? settings.onlySites
      : [...settings.onlySites, site];
  return { neverSites, onlySites };
}
