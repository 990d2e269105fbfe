/**
 * Capitalised words that start sentences or name months and days, in both languages: never part
 * of a person's name.
 */
export const FUNCTION_WORDS = new Set(
  `a an the in on at as by to of for from with without during after before since until under over
  about into through between among against and or but nor if when while where which who whom whose
  this that these those it its we our us they their them he his she her i my you your both each
  every all some any no not also finally however meanwhile moreover furthermore then there here
  leaders leader president presidents
  el la los las un una unos unas en de del al por para con sin sobre entre hacia hasta desde durante
  tras según como cuando donde que quien quienes cuyo y e o u ni pero sino si no también además
  ambos ambas cada este esta estos estas ese esa esos esas su sus nuestro nuestra se lo le les
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  lunes martes miércoles jueves viernes sábado domingo`.split(/\s+/),
);

/** Lower-case particles inside Hispanic and European names ("Juan Ramón de la Fuente"). */
export const NAME_PARTICLES = new Set([
  'de',
  'la',
  'del',
  'los',
  'las',
  'da',
  'das',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'di',
  'le',
]);
