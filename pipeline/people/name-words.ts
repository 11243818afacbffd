/**
 * Capitalised words that are never (part of) a person's name in news text: function words that
 * start sentences, months and weekdays, and words of organisations, places and offices.
 */
const NOT_NAME_WORDS = `
a an the and or but if then so as at by for from in into of on onto to with without within about after before
during since until while when where whereas which who whom whose what why how this that these those there here
he she it they we you i his her its their our your him them us me my mine also meanwhile however amid amidst
asked speaking according although though despite yet still even only just now today yesterday tomorrow tonight
earlier later last next first second third new old former late current sitting acting senior top chief deputy
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
house white oval office department ministry ministries state states united nations kingdom union republic
government administration council committee commission parliament assembly senate congress court party army
navy air force forces command agency bureau service services news times post press social truth media network
operation operations sindoor line control loc border front security defence defense foreign external affairs
interior home finance treasury intelligence military armed embassy mission delegation summit talks conference
international national federal central regional north south east west eastern western northern southern middle
arctic sea ocean gulf valley city province region district street square airport station university institute
institution bank fund group corporation company inc ltd kremlin pentagon downing capitol hill washington moscow
saint san los las kyiv kiev delhi islamabad beijing london paris berlin tehran riyadh ankara istanbul doha geneva brussels
kashmir pahalgam punjab sindh balochistan rawalpindi lahore karachi mumbai sumy kharkiv donetsk luhansk crimea
europe european asia asian africa african world global western islamic
president vice prime minister ministers secretary secretaries spokesperson spokesman spokeswoman envoy envoys
ambassador general lieutenant colonel major admiral marshal commander captain officer adviser advisor aide
director head chairman chair leader leaders king queen prince crown emir sheikh premier chancellor governor mayor
senator representative member members official officials mr mrs ms dr sir lord lady
diplomat diplomats negotiator negotiators lawmaker lawmakers legislator commissioner counsellor counselor consul attache
front resistance brigade battalion regiment corps guard guards movement alliance league organisation organization
association federation foundation trust society channel tv radio daily herald tribune express journal telegraph
guardian reuters jazeera xinhua tass interfax ria novosti ukrinform bloomberg cnn bbc fox nbc cbs abc msnbc politico
axios dawn geo hindu sabha lok rajya bhavan cross crescent
breaking live update updates exclusive photo video watch read also opinion analysis editorial report reports
`;

export const NOT_NAME = new Set(NOT_NAME_WORDS.split(/\s+/).filter(Boolean));

/** Titles that may stand before a name; they are stripped from a candidate and read as role context. */
const TITLE_WORDS = `
president vice prime minister secretary spokesperson spokesman spokeswoman envoy ambassador general gen lt
lieutenant colonel col major maj admiral adm marshal field commander chief deputy foreign defence defense
external affairs state press national security adviser advisor special presidential mr mrs ms dr sir senator
sen rep governor chancellor premier king crown prince emir sheikh ayatollah field-marshal air vice-president
eam pm nsa coas dgmo cds mian syed sardar shri smt hazrat
diplomat negotiator lawmaker legislator commissioner counsellor counselor consul attache
`;

export const TITLE = new Set(TITLE_WORDS.split(/\s+/).filter(Boolean));

/** A token that may be part of a personal name: capitalised word, initial ("S.", "J.D."), or name particle. */
export const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}|\p{Lu}\.?(?:\p{Lu}\.)*|\p{Lu}\.\s?\p{Lu}\.)$/u;
export const NAME_PARTICLES = new Set(['bin', 'bint', 'al', 'al-', 'von', 'der', 'van', 'de', 'la', 'ibn']);
