/**
 * Test sentences for the speech-analysis accuracy suite, with their syllable counts counted by hand
 * (word by word, in the comment after each sentence).
 *
 * How the sentences were chosen, so that "the true syllable count" has one answer:
 * - No words whose syllable count varies between speakers (English "fire", "our", "every", "family",
 *   "listening"; German "unsere", which espeak-ng says as un-sre). The hand counts were then checked against
 *   espeak-ng's own phoneme output (`espeak-ng -v <lang> -x -q "<text>"`), so the synthesiser says the
 *   syllables we counted.
 * - Ukrainian: one syllable per vowel letter; no vowel meeting vowel across words ("спокійно і" was avoided).
 * - Spanish: no vowel meeting vowel across a word boundary, because synalepha ("de una" said as two
 *   syllables) makes the count a matter of style; diphthongs inside words count once (ciu-da-des, bue-nos).
 * - No commas: espeak pauses at commas, which would blur the line between a pause and speaking time.
 */

export interface CorpusSentence {
  text: string;
  syllables: number;
}

export const ENGLISH: readonly CorpusSentence[] = [
  { text: 'I came to this country nine years ago with one small bag.', syllables: 14 }, // I came to this coun-try nine years a-go with one small bag
  { text: 'Today I work as a nurse in a busy hospital.', syllables: 14 }, // to-day I work as a nurse in a bu-sy hos-pi-tal
  { text: 'My neighbours helped me learn the language and find a home.', syllables: 13 }, // my neigh-bours helped me learn the lan-guage and find a home
  { text: 'Migrants bring skills that local towns need.', syllables: 9 }, // mi-grants bring skills that lo-cal towns need
  { text: 'Seeking asylum is not a crime.', syllables: 9 }, // seek-ing a-sy-lum is not a crime
  { text: 'The truth is that most of us simply want to be safe and to contribute.', syllables: 18 }, // the truth is that most of us sim-ply want to be safe and to con-tri-bute
  { text: 'On Saturdays I coach a girls football team in the park.', syllables: 14 }, // on sat-ur-days I coach a girls foot-ball team in the park
  { text: 'Last winter we raised money for the food bank.', syllables: 11 }, // last win-ter we raised mo-ney for the food bank
  { text: 'What matters most here is dignity for all of us.', syllables: 13 }, // what mat-ters most here is dig-ni-ty for all of us
  { text: 'I hope my story helps people see the person behind the headline.', syllables: 17 }, // I hope my sto-ry helps peo-ple see the per-son be-hind the head-line
  { text: 'Thank you for giving me the time to speak today.', syllables: 12 }, // thank you for giv-ing me the time to speak to-day
];

export const SPANISH: readonly CorpusSentence[] = [
  { text: 'Vine con mis padres hace diez años.', syllables: 11 }, // vi-ne con mis pa-dres ha-ce diez a-ños
  { text: 'Trabajo con pacientes en un hospital grande.', syllables: 14 }, // tra-ba-jo con pa-cien-tes en un hos-pi-tal gran-de
  { text: 'Mis vecinos fueron muy buenos conmigo.', syllables: 12 }, // mis ve-ci-nos fue-ron muy bue-nos con-mi-go
  { text: 'Pedir asilo jamás fue delito.', syllables: 11 }, // pe-dir a-si-lo ja-más fue de-li-to
  { text: 'Los sábados entreno con las chicas del barrio.', syllables: 14 }, // los sá-ba-dos en-tre-no con las chi-cas del ba-rrio
  { text: 'Queremos vivir tranquilos y trabajar.', syllables: 12 }, // que-re-mos vi-vir tran-qui-los y tra-ba-jar
  { text: 'Muchas personas nos dieron ropa.', syllables: 10 }, // mu-chas per-so-nas nos die-ron ro-pa
  { text: 'Con mi trabajo demuestro que todos podemos ayudar.', syllables: 17 }, // con mi tra-ba-jo de-mues-tro que to-dos po-de-mos a-yu-dar
  { text: 'Gracias por escuchar mis palabras.', syllables: 10 }, // gra-cias por es-cu-char mis pa-la-bras
  { text: 'Las ciudades crecen con gente nueva.', syllables: 11 }, // las ciu-da-des cre-cen con gen-te nue-va
  { text: 'Tenemos sueños y planes concretos.', syllables: 11 }, // te-ne-mos sue-ños y pla-nes con-cre-tos
  { text: 'Cada persona merece respeto.', syllables: 11 }, // ca-da per-so-na me-re-ce res-pe-to
];

export const GERMAN: readonly CorpusSentence[] = [
  { text: 'Ich bin vor neun Jahren nach Deutschland gekommen.', syllables: 12 }, // ich bin vor neun Jah-ren nach Deutsch-land ge-kom-men
  { text: 'Heute arbeite ich als Pflegerin in einem Krankenhaus.', syllables: 16 }, // heu-te ar-bei-te ich als Pfle-ge-rin in ei-nem Kran-ken-haus
  { text: 'Meine Nachbarn haben mir sehr geholfen.', syllables: 11 }, // mei-ne Nach-barn ha-ben mir sehr ge-hol-fen
  { text: 'Asyl zu suchen ist kein Verbrechen.', syllables: 10 }, // A-syl zu su-chen ist kein Ver-bre-chen
  { text: 'Am Samstag trainiere ich eine Fußballmannschaft.', syllables: 13 }, // am Sams-tag trai-nie-re ich ei-ne Fuß-ball-mann-schaft
  { text: 'Wir wollen in Frieden leben und arbeiten.', syllables: 12 }, // wir wol-len in Frie-den le-ben und ar-bei-ten
  { text: 'Viele Menschen haben uns Kleidung gegeben.', syllables: 12 }, // vie-le Men-schen ha-ben uns Klei-dung ge-ge-ben
  { text: 'Meine Geschichte zeigt was wir beitragen können.', syllables: 13 }, // mei-ne Ge-schich-te zeigt was wir bei-tra-gen kön-nen
  { text: 'Danke für Ihre Zeit und Ihr Interesse.', syllables: 12 }, // dan-ke für Ih-re Zeit und Ihr In-te-res-se
  { text: 'Die Stadt wird bunter und stärker.', syllables: 8 }, // die Stadt wird bun-ter und stär-ker
  { text: 'Jeder Mensch verdient Respekt.', syllables: 7 }, // je-der Mensch ver-dient Re-spekt
  { text: 'Wir haben Träume und konkrete Pläne.', syllables: 11 }, // wir ha-ben Träu-me und kon-kre-te Plä-ne
];

/** Silences inserted between sentences, cycled: 0.4 s is not a pause, the others are. */
export const GAP_CYCLE_SECONDS: readonly number[] = [0.4, 0.8, 1.2, 2.0];

export const UKRAINIAN: readonly CorpusSentence[] = [
  { text: 'Я живу в цьому місті шість років.', syllables: 10 }, // я жи-ву в цьо-му мі-сті шість ро-ків
  { text: 'Тепер я працюю медсестрою в лікарні.', syllables: 13 }, // те-пер я пра-цю-ю мед-се-стро-ю в лі-кар-ні
  { text: 'Сусіди допомогли мені вивчити мову.', syllables: 14 }, // су-сі-ди до-по-мог-ли ме-ні ви-вчи-ти мо-ву
  { text: 'Шукати притулок не злочин.', syllables: 9 }, // шу-ка-ти при-ту-лок не зло-чин
  { text: 'Ми хочемо спокійно жити та працювати.', syllables: 14 }, // ми хо-че-мо спо-кій-но жи-ти та пра-цю-ва-ти
  { text: 'Кожна людина заслуговує на повагу.', syllables: 14 }, // кож-на лю-ди-на за-слу-го-ву-є на по-ва-гу
  { text: 'Дякую вам за ваш час.', syllables: 7 }, // дя-ку-ю вам за ваш час
  { text: 'Наше місто стає сильнішим.', syllables: 9 }, // на-ше мі-сто ста-є силь-ні-шим
  { text: 'У суботу я треную футбольну команду дівчат.', syllables: 16 }, // у су-бо-ту я тре-ну-ю фут-боль-ну ко-ман-ду дів-чат
  { text: 'Люди дали нам одяг та їжу.', syllables: 10 }, // лю-ди да-ли нам о-дяг та ї-жу
  { text: 'Ми хочемо бути корисними для громади.', syllables: 14 }, // ми хо-че-мо бу-ти ко-рис-ни-ми для гро-ма-ди
  { text: 'Я розповідаю журналістам про свій шлях.', syllables: 13 }, // я роз-по-ві-да-ю жур-на-ліс-там про свій шлях
];
