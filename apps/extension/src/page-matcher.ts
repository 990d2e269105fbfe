import matchData from 'virtual:enlace-match-data';
import { createMatcher, type Matcher } from '@enlace/core';
import { unpackMatchData } from './match-pack.js';

let matcher: Matcher | null = null;

/** The content script's matcher, over only what matching needs (see scripts/match-data.ts). */
export function pageMatcher(): Matcher {
  matcher ??= createMatcher(unpackMatchData(matchData));
  return matcher;
}
