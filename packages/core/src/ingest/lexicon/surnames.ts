/**
 * The most frequent surnames in Mexico and in the United States: a general data resource. A
 * surname on these lists, alone, names too many people to highlight without the full name nearby.
 */
const HISPANIC = `
aguilar aguirre alvarado alvarez avila ayala barrera bautista benitez cabrera calderon camacho
campos cardenas carrillo castaneda castillo castro cervantes chavez contreras cortes cruz delgado
diaz dominguez escobar espinoza estrada fernandez figueroa flores fuentes gallegos garcia garza
gomez gonzalez guerrero gutierrez guzman hernandez herrera ibarra jimenez juarez lara leon lopez
lozano luna maldonado marquez martinez medina mejia melendez mendez mendoza meza miranda molina
morales moreno munoz navarro nunez ochoa orozco ortega ortiz pacheco padilla pena perez ramirez
ramos reyes rios rivera robles rodriguez rojas romero rosales rosas ruiz salas salazar salinas
sanchez sandoval santiago santos serrano silva solis soto suarez torres trejo valdez valencia
vargas vasquez vazquez vega velasco velazquez villarreal zamora
acosta arellano arias bravo cano carmona cisneros duarte esquivel franco galvan gallardo ibanez
lugo macias mata montes nava olvera pineda ponce quintero rangel rocha rubio trujillo valenzuela
velasquez vera zapata
acevedo alonso andrade aranda arroyo avalos barajas beltran bernal blanco bustamante caballero
carranza carrasco castellanos cordova corona correa cortez cuevas davila duran enriquez escamilla
esparza espinosa fajardo felix galindo gamez gil godinez granados guerra guevara hidalgo huerta
jaramillo lucero madrigal magana manzano marin mercado montano montoya mora moran murillo najera
nieto ocampo ojeda olivares ordonez osorio palacios pantoja paredes parra peralta pimentel prieto
quintana quiroz rico rincon robledo roldan saenz salgado santana segura sepulveda serna sierra
solano sosa tapia tellez toledo tovar trevino uribe valadez valdes vallejo vela velez villa
villalobos villanueva villegas zarate zavala zepeda zuniga
`;

const US = `
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson
thompson white harris clark lewis robinson walker young allen king wright scott hill green adams
nelson baker hall campbell mitchell carter roberts phillips evans turner parker collins edwards
stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard ward cox
richardson wood watson brooks bennett gray james hughes price sanders myers long ross foster
powell jenkins perry russell sullivan butler barnes fisher henderson coleman simmons patterson
jordan reynolds hamilton graham wallace west cole hayes bryant gibson ellis stevens murray ford
marshall owens mcdonald harrison kennedy wells alexander henry tucker porter hunter hicks crawford
boyd mason warren dixon burns gordon shaw holmes rice robertson black daniels palmer mills nichols
grant knight ferguson stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry
matthews arnold wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley lane
andrews harper fox riley armstrong carpenter weaver greene lawrence elliott lee nguyen kim patel
`;

// Surnames shared by millions worldwide that US and Mexican news print every day, beyond the two
// national lists: "Gupta, a cardiologist" on a health page is not the drug-policy director.
const WORLD = `
gupta sharma singh kumar shah khan ali ahmed hussain chen wang li zhang liu yang huang wu lin zhou
wong tran le pham cohen levy
`;

const COMMON = new Set([HISPANIC, US, WORLD].flatMap((list) => list.split(/\s+/)).filter(Boolean));

/** `folded` is a lower-case, accentless word. */
export function isCommonSurname(folded: string): boolean {
  return COMMON.has(folded);
}
