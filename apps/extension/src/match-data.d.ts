declare module 'virtual:enlace-match-data' {
  const data: import('./match-pack.js').PackedMatchData;
  export default data;
}
