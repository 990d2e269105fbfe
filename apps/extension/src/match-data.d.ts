declare module 'virtual:enlace-match-data' {
  const data: import('../scripts/match-data.js').MatchData;
  export default data;
}
