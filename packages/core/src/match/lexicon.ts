/**
 * Run time: the small word lists the document pass needs to read a name's neighbours. All folded
 * (lower case, no accents) so they compare with `foldString` output.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that make the name after them a person with a post ("President Sheinbaum", "el canciller Ebrard"). */
export const TITLES = words(`
  president presidents presidenta presidente presidentes vicepresidente vicepresidenta vice
  secretary secretaries secretaria secretario secretarios undersecretary subsecretario subsecretaria
  deputy assistant acting attorney general generals gral gen fiscal fiscales ambassador ambassadors
  embajador embajadora canciller chancellor minister ministra ministro senator senadora senador
  senators governor gobernador gobernadora mayor alcalde alcaldesa admiral almirante commissioner
  comisionado comisionada director directora advisor adviser asesor asesora chief jefe jefa head
  titular dr dra doctor doctora mr mrs ms sr sra srta senor senora don dona lic licenciado licenciada
  ing ingeniero ingeniera coordinator coordinador coordinadora envoy enviado enviada representative
  representante congressman congresswoman diputado diputada rep sen attache agregado
`);

/**
 * Institution words that end a title ("Secretary of State Blinken", "Secretary of Homeland
 * Security Mayorkas"), and the connectors inside titles: between a title and a name they keep the
 * title in force.
 */
export const TITLE_CONTINUATIONS = words(`
  of the for de la del los las y and state estado homeland security seguridad defense defensa
  national nacional navy marina justice justicia foreign exteriores relaciones affairs treasury
  hacienda interior gobernacion public publica citizen ciudadana protection proteccion executive
  ejecutivo ejecutiva senior special especial mexican mexicano mexicana american estadounidense us
  united states estados unidos mexico republic republica white house
`);

/**
 * Capitalised words that are not names: sentence openers, connectives, months, days. A surname after
 * one of these is not hiding a given name.
 */
export const NOT_NAMES = words(`
  the a an in on at by for with from to and but or as after before when while says said former then
  yesterday today tomorrow also however meanwhile since under over during if this that these those
  his her their our its both new old top ex late
  el la los las un una unos unas en con por para segun tras ante y o pero que cuando ayer hoy manana
  mientras ademas sin sobre bajo de del al desde hasta entre durante segun expresidente exsecretario
  january february march april may june july august september october november december
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  monday tuesday wednesday thursday friday saturday sunday
  lunes martes miercoles jueves viernes sabado domingo
`);

/**
 * Common given names that can open a sentence. Mid-sentence any unknown capitalised word before a
 * surname blocks it; at the start of a sentence only these do, because "Yesterday Biden said" is
 * ordinary prose and "Hunter Biden said" is another person.
 */
export const GIVEN_NAMES = words(`
  hunter jill beau ashley james john robert michael william david richard joseph thomas charles
  christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
  timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
  scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
  sandra emily michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
  kathleen amy angela anna ruth brenda pamela nicole katherine samantha christine emma rachel
  catherine heather diane julie joyce victoria kelly christina lauren joan evelyn olivia judith
  juan jose luis carlos jorge miguel pedro francisco antonio manuel alejandro fernando ricardo javier
  roberto rafael eduardo sergio raul arturo enrique mario alberto daniel oscar hector jesus victor
  andres gerardo diego pablo adrian marco marcos ramon rodrigo guillermo gabriel julio cesar omar
  alfonso ignacio salvador hugo ernesto felipe santiago emilio tomas gustavo martin rosa maria
  guadalupe juana margarita veronica leticia patricia elena silvia alejandra adriana gabriela
  claudia teresa araceli martha lucia beatriz monica carmen isabel sofia valeria fernanda marcela
  andrea paola diana lorena norma irma alicia angelica olga yolanda ana laura
  bill billy bob bobby jim jimmy joe mike tom tommy dave dan danny steve chris nick pat pete matt
  ken ted tim tony rick rich dick larry jeff greg sam sue liz kate katie beth pepe paco lupe
`);
