/** A stylesheet imported as a string (`?inline`), minified by the build. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
