import { EVENT_VERB } from "./cues";
import type { ClaimType } from "./types";

type Scored = Exclude<ClaimType, "other">;

/**
 * Weighted cue words per type (single words or two-word phrases). A clause gets the type with the
 * highest total; ties go to the guideline's order of precedence. Weights say how strongly a word
 * names the subject of the fact rather than its background ("killed" vs "war").
 */
const LEXICON: Record<ClaimType, Record<string, number>> = {
  casualties: {
    trapped: 3, injury: 2.5,
    killed: 3, kill: 2, kills: 3, killing: 3, dead: 2.5, deaths: 3, death: 2, died: 3, dies: 3, die: 2, wounded: 3,
    wounding: 3, injured: 3, injuries: 3, injuring: 3, casualties: 3.5, lives: 2, bodies: 2.5, victims: 2.5,
    eliminated: 2.5, murdered: 3, executed: 2.5, tortured: 1.5, torture: 1.5, genocide: 1.5, "stable condition": 2.5,
    rubble: 1.5, "pulled out": 2, alive: 1.5, prisoners: 2, "fatalities": 3, "death toll": 3, losses: 1,
    // Harm to people named without a verb of killing: "no patients were hurt", "the deadliest month".
    hurt: 3, deadliest: 3,
    // Headlines tell a toll in the present tense: "drone attack kills two, injures 14".
    injures: 3, wounds: 2,
  },
  territory: {
    taken: 2.5, city: 1, "port city": 2,
    captured: 2, capture: 1.5, seized: 2, seizing: 2, seize: 1.5, recaptured: 3.5, retook: 3.5, retake: 2,
    liberated: 3, occupied: 1.5, occupying: 2.5, occupation: 1.5, annexed: 3.5, annexes: 3.5, annexation: 3,
    accession: 2, withdraws: 2.5, withdrew: 1.5, retreat: 2, retreated: 2.5, advances: 2.5, advanced: 2.5, gains: 2,
    "took over": 2.5, "pushed back": 3, "pushing out": 2.5, corridor: 2, territory: 2.5, territories: 2.5, villages: 2,
    village: 1.5, blockade: 2.5, blockaded: 3, blocking: 2, control: 1.5, controlled: 1.5, holds: 1.5, abandon: 2.5,
    tricolour: 2, flag: 1.5, flags: 1.5, peninsula: 1.5, "transferred to": 2, push: 1.5, "front line": 0.5,
    encircle: 2, encircled: 2.5, surrounded: 2, "land": 1, "sea": 0.5, km2: 3, "square kilometres": 3, "square kilometers": 3,
    advancing: 2.5, advance: 2, capturing: 2.5, "control of": 1,
    // "advanced economies" are rich countries, not an advance.
    "advanced economies": -2.5,
  },
  military: {
    missiles: 2, missile: 2, strikes: 2.5, strike: 2.5, struck: 2.5, attack: 2.5, attacks: 2.5, attacked: 2.5,
    shelling: 2.5, shelled: 2.5, bombardment: 2.5, barrage: 2.5, bombard: 2.5, explosions: 2.5, explosion: 2.5,
    blasts: 2.5, blast: 1.5, sabotage: 2.5, troops: 1.5, soldiers: 1, forces: 1, units: 2, tanks: 2, tank: 1.5,
    artillery: 2, armored: 2, armoured: 2, drones: 2, drone: 2, fired: 2.5, invasion: 2,
    combat: 2.5, battalion: 2, aggression: 1.5, cyberattack: 2.5, targets: 1.5, targeted: 2.5, weapons: 1,
    depot: 2, "air base": 2, fleet: 2.5, warship: 2.5, warships: 2.5, submarine: 2.5, flagship: 2, "landing ship": 2.5, "supply lines": 2, range: 1, bombers: 2.5, army: 1, offensive: 2,
    assault: 2.5, mercenaries: 1.5, "under fire": 2.5, destroyed: 1.5, "shot down": 3, intercepted: 2.5,
    airbase: 2, attrition: 2.5, storage: 1, munitions: 1.5, ammunition: 0.5, strength: 1.5, assembled: 1.5,
    headquarters: 1.5, stand: 0.5, fighting: 1, war: 0.5, targeting: 2.5, hit: 2, "hold out": 3, exercise: 2.5, exercises: 2.5, drills: 2.5,
    // Forces where they fight or stand: the battlefield, manpower, launchers stationed or deployed.
    battlefield: 1, manpower: 2, launchers: 2, stationed: 2, deployed: 2, deployment: 2,
    // Forces raised: a call-up is troop numbers growing.
    mobilisation: 2.5, mobilization: 2.5, mobilised: 2.5, mobilized: 2.5, "called up": 2.5,
  },
  aid: {
    replenish: 2.5, relief: 2.5, "war chest": 2.5,
    aid: 3.5, assistance: 3.5, package: 3, provided: 2, providing: 2.5, provision: 2.5, supplying: 2,
    supplies: 1.5, sent: 2, send: 2, sending: 2, deliver: 2, delivered: 2, pledged: 3, promised: 2.5,
    funding: 2.5, donated: 3, support: 1.5, backing: 2, committed: 1.5, give: 2, equipment: 1.5, underfunded: 2.5,
    "to ukraine": 1.5, "to kyiv": 1.5, "for ukraine": 1.5, released: 1, relents: 1, greenlights: 2, allocated: 2.5,
    grant: 2, loan: 2, "military aid": 2, "security assistance": 2, "receiving support": 3, "received support": 3, packages: 2.5,
    "to supply": 3, supplied: 2,
    // Every form of the verbs of giving, and the money collected for it: appeals, donations, donors.
    provide: 1.5, provides: 1.5, pledge: 2.5, pledges: 3, distributed: 2.5, distributing: 2.5, distribute: 2,
    donations: 3, donation: 3, donors: 2.5, "appeal for": 3, funded: 2, "military support": 2, "financial support": 2,
    // Equipping someone is support given ("Equipped 14 field surgical units in the Kharkiv, Donetsk and Zaporizhzhia regions").
    equipped: 2.5,
  },
  economic: {
    economy: 2, economic: 1.5, trade: 2.5, exports: 2.5, exporter: 3, exporters: 2, export: 2, imports: 2.5,
    imported: 2.5, import: 2, prices: 3, price: 2.5, gas: 2, oil: 2, grain: 2, wheat: 2, uranium: 2,
    revenues: 3, revenue: 3, business: 2, companies: 2, company: 2, firms: 2, market: 2, unemployment: 3.5,
    jobs: 2.5, budget: 2.5, inflation: 3.5, gdp: 3.5, tonnes: 1.5, "cubic metres": 2, ordered: 1.5, buyers: 2,
    payment: 2, cards: 1.5, worth: 1, bank: 1.5, banks: 1.5, sectors: 2, enterprises: 2, production: 1.5,
    pipeline: 1.5, turbines: 1.5, deliveries: 1.5, ship: 1, vessel: 1, cargo: 1.5, sales: 2.5, rallies: 2,
    currency: 2.5, rouble: 2.5, ruble: 2.5, investment: 2, tax: 2, debt: 2.5, spending: 2,
    growth: 3, economies: 3, recession: 3.5, forecast: 1, "banking system": 2.5, "advanced economies": 1,
    // The guideline's economy beyond the war: output, rates, earnings, wages, public finances.
    "interest rate": 3.5, "interest rates": 3.5, "cut rates": 3.5, "raised rates": 3.5, "held rates": 3.5, "basis points": 3, "central bank": 2.5, output: 2, manufacturing: 2.5, factory: 1.5, factories: 1.5,
    profit: 3, profits: 3, earnings: 3, shares: 2, stocks: 2.5, "stock market": 3, wages: 3, salaries: 2.5, salary: 2,
    consumer: 2, retail: 2, fiscal: 3, deficit: 3, surplus: 2.5, bonds: 2, tariff: 3, tariffs: 3, costs: 1.5, cost: 1,
    employment: 3, unemployed: 3, "jobless": 3, economist: 1.5, economists: 1.5, quarter: 1, turnover: 2.5, investors: 2,
    // A company's people and orders, money's value against other money, goods carried by sea.
    employees: 2.5, workforce: 2.5, hired: 2, hiring: 2, contract: 2, contracts: 2, hryvnia: 2.5, currencies: 2.5,
    "exchange rate": 3, dollar: 1.5, tanker: 2, tankers: 2, "shadow fleet": 3, freight: 2.5,
    merchant: 2, shipping: 2,
  },
  humanitarian: {
    building: 2, buildings: 2.5, windows: 2, roof: 2, centre: 1, center: 1, "was hit": 1, conscript: 1.5, registered: 1.5,
    refugees: 3.5, refugee: 3, displaced: 3.5, displacement: 3.5, fled: 2.5, flee: 2.5, evacuated: 2.5,
    evacuation: 2.5, homes: 2, residential: 2.5, apartment: 2, hospital: 3.5, hospitals: 2.5, power: 2,
    heat: 2, electricity: 2.5, water: 1.5, humanitarian: 2, births: 3, birth: 3, babies: 3, pregnancy: 3,
    women: 1, children: 1, hunger: 2.5, "food insecurity": 3, "without power": 3, damage: 1.5, razed: 3,
    exodus: 3, shelter: 2, nursery: 2, obstetric: 3, perinatal: 3, maternity: 3, patients: 2, doctors: 1.5,
    school: 1.5, schools: 1.5, civilians: 1, "sought safety": 3, asylum: 3, "forcibly displaced": 3,
    infrastructure: 1, homeless: 3, medical: 2, food: 1.5,
    clinic: 3, clinics: 3, ambulance: 3, ambulances: 3, healthcare: 3, "health care": 3, "health facilities": 3, "medical facilities": 3,
    "civil infrastructure": 3, "civilian infrastructure": 3,
    // Disasters: what they do to people's living conditions.
    earthquake: 2, flood: 2, floods: 2, flooding: 2.5, flooded: 2.5, wildfire: 2, wildfires: 2, hurricane: 2, cyclone: 2,
    storm: 1.5, landslide: 2, outages: 3, outage: 3, blackouts: 3, blackout: 2.5, "health system": 3,
    // Civilians forced out of their country: deportation is displacement.
    deported: 3, deportation: 2, deportations: 2, "drinking water": 3, sanitation: 3, shelters: 2.5, tents: 2, "aid workers": 1.5,
  },
  event: {
    penalties: 3.5, banned: 3, barring: 3, legislation: 2, approval: 2.5, target: 1.5, "decision to": 4, "the deal": 1.5,
    "agreed to": 4, "decided to": 4, "voted to": 4, "approved the": 2,
    met: 2.5, attending: 2.5, attended: 2.5, searched: 2.5, raided: 2.5, meeting: 2.5, meetings: 2.5, talks: 2.5, summit: 3.5, visit: 2, visited: 2.5, signed: 2.5,
    agreed: 2, agrees: 2, agreement: 1.5, deal: 1.5, decided: 2.5, decision: 2.5, approved: 1.5, adopted: 2.5,
    sanctions: 3.5, sanctioned: 4, sanction: 2.5, imposed: 2, imposes: 2, blacklisted: 3, held: 1.5,
    established: 2, created: 1.5, ruled: 2, suspended: 3, removes: 2, removed: 2, hosting: 2, hosts: 2,
    contest: 2, announces: 1.5, restrictions: 2.5, ban: 3, declared: 2, credentials: 3, accepted: 1.5,
    referendum: 2.5, named: 1.5, appointed: 2.5, elected: 2.5, commented: 2, conference: 2, council: 1,
    negotiations: 2, parliament: 1.5, law: 1.5, vote: 2, voted: 2.5, resolution: 2, court: 1.5, warrant: 2.5,
    // Results of elections are what happened (the guideline's settled case): turnout, seats, the vote's share.
    turnout: 3, seats: 2, "the vote": 1.5,
    arrested: 2, detained: 2, charged: 2, sentenced: 2, won: 1.5, expelled: 2.5, recognized: 2, recognised: 2,
    announced: 1, delegation: 2, ambassadors: 2, summoned: 2.5, condemned: 1.5, accused: 1, opening: 1,
    forum: 3, guests: 2, announcement: 2.5, agenda: 2.5, "in public": 2, informed: 2, measures: 2, "and entities": 3,
    // Occasions held, called off or attended: invitations, trips, ceremonies, parades.
    invited: 2.5, invite: 2, invitation: 2.5, trip: 2, ceremony: 2.5, parade: 2.5, celebrate: 2, celebrated: 2,
    celebrations: 2, commemorate: 2, cancel: 2, cancelled: 2, canceled: 2,
    // Speeches made: an address, a statement to a house.
    addressed: 2.5, speech: 2, "statement to": 2.5,
    // What happened by nature or accident, told for itself: a quake and its aftershocks, a collision, a fire.
    quake: 2.5, quakes: 2, aftershock: 3, aftershocks: 3, magnitude: 2.5, epicentre: 2.5, epicenter: 2.5,
    collided: 3, collision: 3, aground: 3, derailed: 3, erupted: 2, "caught fire": 2.5,
    // Positions taken in public: a government or body condemns.
    condemns: 2.5, condemning: 1.5, condemn: 1.5,
    // Legal proceedings opened: investigations, criminal cases.
    investigation: 2.5, "criminal case": 3,
    // Public acts of a government or a leader: a plan proposed or presented, a matter discussed, a law enacted.
    proposed: 2.5, presented: 2, discussed: 2.5, enacted: 3, organising: 2, organizing: 2, organised: 2, organized: 2,
  },
  // Topics of none of the other types (GUIDELINES.md: "other anything else"): sport results and
  // figures of disease. A clause whose cues are mostly these is "other", whatever else it mentions
  // ("More than half of those infected required hospital treatment", "won gold with a clearance of 2.00 metres").
  other: {
    // The games themselves are where other things happen ("the first meeting since the Winter Olympic Games"): they weigh less than results.
    medal: 3, medals: 3, "won gold": 3, "won silver": 3, "won bronze": 3, athletes: 3, athlete: 3, olympics: 1.5, olympic: 1.5,
    olympian: 3, "world record": 3, championship: 2, tournament: 2, spectators: 2, bronze: 2, silver: 2,
    measles: 3, vaccine: 3, vaccines: 3, vaccination: 3, dose: 2.5, doses: 2.5, infected: 2.5, infections: 2.5, infection: 2.5,
    disease: 2,
    vaccinated: 3, jab: 3, jabs: 3, flu: 2.5,
    // Public services measured by how long people wait for them.
    waiting: 2.5, waited: 2.5, "waiting list": 3,
  },
};

const ORDER: Scored[] = ["casualties", "territory", "military", "aid", "economic", "humanitarian", "event"];

/** Every cue with the types it counts for, so each word of a clause is looked up once. */
const CUE_TABLE = new Map<string, [ClaimType, number][]>();
for (const type of [...ORDER, "other"] as const) {
  for (const [cue, weight] of Object.entries(LEXICON[type])) {
    const entry = CUE_TABLE.get(cue) ?? [];
    entry.push([type, weight]);
    CUE_TABLE.set(cue, entry);
  }
}

/** First words of the two-word cues: only after one of them is the pair of words looked up. */
const PAIR_OPENERS = new Set([...CUE_TABLE.keys()].filter((cue) => cue.includes(" ")).map((cue) => cue.slice(0, cue.indexOf(" "))));

const CASUALTY_UNITS = new Set("person civilian soldier child man woman injuries people persons civilians soldiers troops servicemen reservists conscripts recruits personnel children men women fighters militants prisoners pows bodies lives deaths casualties dead wounded victims mercenaries officers residents journalists medics citizens military".split(" "));
const MILITARY_UNITS = new Set("tanks aircraft planes jets helicopters drones missiles rockets shells vehicles guns howitzers launchers systems ships vessels warships boats artillery rounds munitions bombs weapons brigades battalions units sorties strikes attacks assaults".split(" "));
const HUMANITARIAN_UNITS = new Set("refugees migrants homes houses buildings structures apartments schools hospitals clinics ambulances families households shelters evacuees".split(" "));

/** Health care under attack is a humanitarian fact, whatever struck it (the guideline's "hospitals"). */
const HEALTH_CARE = new Set("hospital hospitals clinic clinics ambulance ambulances healthcare maternity medics paramedics".split(" "));
/**
 * Health care as a service: humanitarian when harm reaches it (the guideline's damage to hospitals),
 * a topic of its own otherwise (waiting lists, admissions, a clinic's opening hours).
 */
const HEALTH_SERVICE = new Set([...HEALTH_CARE, "patients", "patient", "doctors", "nurses", "treatment"]);
/** Words of harm beyond attack, loss and displacement: damage, shortage, war. */
const HARM_WORDS = new Set("damage damaged destroyed destroying war strike shortage shortages shortfall frontline front shelter besieged disaster".split(" "));

function harmed(ws: readonly string[]): boolean {
  return ws.some((w) => HARM_WORDS.has(w) || ATTACK_WORDS.has(w) || ATTACK_VERBS.has(w) || LOSS_WORDS.has(w) || DISPLACEMENT_WORDS.has(w));
}

/** Health care without harm, nor the power and water it runs on in question: a topic of its own. */
function healthCareUnharmed(ws: readonly string[]): boolean {
  return ws.some((w) => HEALTH_SERVICE.has(w)) && !harmed(ws) && !ws.some((w) => UTILITIES.has(w));
}

/** Opinions counted: a poll's respondents and the verbs of what they think. */
const OPINION_POLLED = /\b(?:respondents|polled|surveyed|poll|survey|believe|think|are against|agree|disagree|are in favou?r|inclined)\b/;
const SHARE_OF_PEOPLE = /\d\s*%|\bper ?cent\b|\b(?:majority|half|thirds?|quarters?)\b/;
const LENGTH_WORDS = new Set("mm millimetres millimeters cm centimetres centimeters m metres meters".split(" "));
const WEATHER_WORDS = new Set("rain rainfall snow snowfall precipitation levels".split(" "));

/**
 * What people think, counted in a poll ("58% of voters believe", "a third of respondents oppose"):
 * an opinion measured, of none of the types whatever it is about, even giving or losing.
 */
function measuresOpinion(lower: string): boolean {
  return OPINION_POLLED.test(lower) && SHARE_OF_PEOPLE.test(lower);
}

/** Rain, snow and water measured ("200 mm of rain fell"): the weather, of none of the types. */
function measuresWeather(ws: readonly string[]): boolean {
  return ws.some((w) => WEATHER_WORDS.has(w)) && ws.some((w) => LENGTH_WORDS.has(w));
}

/** Energy as a supply: output and trade unless people lose it. */
const ENERGY_SUPPLY = new Set(["power", "electricity", "heat", "heating"]);
/** Words of people losing power or heat. */
const ENERGY_LOST = new Set("without cut cuts cutting knocked outage outages blackout blackouts disconnected restored reconnected".split(" "));

/** What people live on: damage to it is humanitarian, whoever struck. */
const UTILITIES = new Set("power energy electricity heating heat water blackout blackouts grid".split(" "));
/** Money is an ISO currency code, whatever the currency ("NOK", "CHF", "PLN"). */
function isMoney(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}$/.test(unit);
}
/** A price: money per thing ("USD/tonne", "EUR/MWh"). */
function isPrice(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}\//.test(unit);
}
/** "to Ukraine", "for the Red Cross": a recipient named after money. A currency code before its amount ("to UAH 198 billion") is no recipient. */
const MONEY_RECIPIENT = /\b(?:for|to) (?:the )?(?![A-Z]{3} ?\d)[A-Z]/;

const LOSS_WORDS = new Set("claimed lives trapped killed kill kills injures killing dead died wounded wounding injured injuries casualties lost lose losses eliminated victims missing captured deaths death fatalities deadliest hurt".split(" "));
const GIVING_WORDS = new Set("receiving received packages package includes replenish relief aid assistance package pledged pledges pledge promised provide provides provided providing provision supplying sent send sending deliver delivered donated donations donors distributed funding give allocated grant loan".split(" "));

export interface ClassifyInput {
  /** The clause carrying the claim. */
  clause: string;
  /** Units of the claim's figures, in order. */
  units: (string | null)[];
  /** The sentence around the clause speaks of giving ("The package includes ...; more than 400 vehicles"). */
  givingContext?: boolean;
  /** The sentence around the clause speaks of trade ("Exports rose by 69% to Russia, while dropping by 61% to Ukraine"). */
  tradeContext?: boolean;
}

/** Whether a sentence speaks of trade: computed once per sentence. */
export function speaksOfTrade(sentence: string): boolean {
  return TRADE_CONTEXT.test(sentence);
}
const TRADE_CONTEXT = /\b(?:exports?|imports?|exported|imported|trade|sales|revenues?|customs)\b/i;

/** Words of trade and markets: money moving this way is earned or spent, not given. */
const TRADE_WORDS = new Set("exports export exported imports import imported trade sales sold bought contract contracts revenue revenues prices price market customs earned".split(" "));

/** Nouns of arms and equipment: what is given is military aid, what is lost is a military loss. */
const ARMS_WORDS = new Set("missiles missile weapons weapon ammunition munitions tanks tank vehicles artillery rockets rocket drones systems shells rounds howitzers jets aircraft equipment launchers".split(" "));

/** Verbs of attack: arms "launched" or "shot down" are used in combat, not given. */
const ATTACK_WORDS = new Set("fired struck attacked attack attacks shot downed intercepted destroyed destroying hit shelled shelling bombed strikes".split(" "));

const CIVILIAN_UNITS = new Set("person people persons civilians civilian children child women woman men man residents citizens families".split(" "));
const AID_NOUNS = new Set(["aid", "assistance", "package", "funding", "grant", "grants", "loan", "loans"]);
const DECISION_VERBS = new Set("declared agreed reached met visited attended held banned bans suspended suspending suspends signed decided voted approved adopted imposed imposes lifted ruled appointed elected sanctioned blacklisted expelled ratified vetoed".split(" "));
const ATTACK_VERBS = new Set("destroyed damaged struck hit shelled bombed attacked fired downed targeted stormed".split(" "));
/**
 * Launching is an attack when what is launched is arms or an attack ("Russia launched over 3,700
 * glide bombs", "missiles launched from Tupolev bombers", "launched strikes on Odessa"); an appeal,
 * a campaign or an inquiry can be launched too.
 */
const LAUNCH_VERBS = new Set(["launch", "launches", "launched", "launching"]);
const ATTACK_NOUNS = new Set("invasion attack attacks offensive counteroffensive assault assaults strike strikes raid raids bombardment incursion barrage salvo operation operations".split(" "));
const LAUNCHED_BEFORE = 4;
const LAUNCHED_AFTER = 6;
const SANCTION_WORDS = new Set("sanction sanctions sanctioned ban banned bans penalties restrictions blacklisted embargo".split(" "));
/** Verbs of evading: sanctions after them are worked around, not imposed. */
const EVADED_SANCTIONS = /\b(?:bypass|circumvent|evad|avoid|skirt|dodg)\w*\s+(?:[a-z’'-]+\s+){0,2}(?:sanctions?|restrictions|penalties|embargo|bans?)\b|\b(?:against|despite)\s+(?:[a-z-]+\s+)?(?:sanctions|restrictions|penalties|embargo)\b/;
/** Verbs of effect: sanctions that hit or affect something have economic consequences. */
const EFFECT_VERBS = new Set("affected affect affects hit hits hurt hurts crippled cripple cost costs reduced weakened slowed squeezed damaged".split(" "));
const LAUNCH_ATTACK = /\b(?:launched|launches|launch|carried out|conducted|began|mounted|unleashed)\s+(?:(?:a|an|the|its|their|his|new|fresh|full-scale|large-scale|massive|major|armed|military|ground|air|missile|drone)\s+){0,3}(?:invasion|attacks?|offensive|assaults?|strikes?|raids?|bombardment|incursion)\b/;
/** Measures that target people or companies designate them: a sanction, not a strike ("the U.S. targeting individuals and entities that produce engines"). */
const TARGETED_PARTIES = /\btarget(?:s|ed|ing)?\s+(?:[^\s;]+\s+){0,10}?(?:individuals|entities|companies|people|persons|firms|organi[sz]ations|businesses|oligarchs)\b/;
const FOUNDED = /\b(?:was|were|has been|have been|had been)\s+(?:(?:officially|formally|first|only)\s+)?(?:established|founded|set up|inaugurated|opened)\b/;
/** Military things that can be hit: their damage is a military loss, not a humanitarian one. */
const MILITARY_TARGETS = new Set("troops forces infantry soldiers positions destroyers base bases depot depots airbase airfield headquarters convoy column battery".split(" "));
const ADOPTED_PROPOSAL = /\b(?:supported|approved|backed|endorsed|adopted|rejected|passed|vetoed|voted for|voted against|agreed on)\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:proposal|plan|initiative|idea|resolution|bill|motion|draft|amendment)\b/;
const DESIGNATED = /\b(?:is|are|was|were|been|being)\s+(?:also\s+|formally\s+|officially\s+)?(?:accused|named(?!\s+(?:after|for)\b)|designated|listed|blacklisted|sanctioned|indicted|charged|added to)\b/;
const PASSIVE_ATTACK = new Set(["attacked", "shelled", "bombed", "struck", "stormed"]);
const DAMAGE_VERBS = new Set(["destroyed", "damaged", "hit"]);
/** Verbs of damage rather than attack: what they damage says whose loss it is. */
const DAMAGING = new Set(["destroyed", "damaged"]);
/** Places people live and rely on: damage to them is humanitarian, whatever caused it. */
const CIVILIAN_PLACES = new Set("homes home houses house buildings building structures apartments apartment block blocks schools school kindergarten kindergartens hospital hospitals clinic pharmacy shops stalls market church churches bridges bridge roads road".split(" "));
const PASSIVE_AUX = new Set(["was", "were", "been", "be", "being", "is", "are", "get", "got"]);

function damagesCivilianPlaces(ws: readonly string[], verbAt: number): boolean {
  let civilian = false;
  for (let j = verbAt + 1; j < ws.length; j++) {
    const w = ws[j] ?? "";
    if (ARMS_WORDS.has(w) || MILITARY_UNITS.has(w) || MILITARY_TARGETS.has(w)) return false;
    if (CIVILIAN_PLACES.has(w) || UTILITIES.has(w)) civilian = true;
  }
  return civilian;
}

/** Rounds of talks are diplomacy, not ammunition ("hosted three rounds of peaceful talks between Russia and Ukraine"). */
const ROUNDS_OF_TALKS = /\brounds of (?:[a-z-]+ )?(?:talks|negotiations|consultations|voting)\b/;
/** Ships counted with what they carry are merchant ships ("600 vessels" of the shadow fleet, "2,150 vessels ... carrying 77 million tonnes of cargo"). */
const SHIP_UNITS = new Set(["vessels", "ships", "tankers"]);
const SHIPPING_WORDS = new Set("cargo cargoes tanker tankers oil crude grain merchant freight shipping shadow carrying".split(" "));

/** A unit of arms or forces, also of several words: "armored personnel carriers", "artillery systems". */
function countsArms(unit: string): boolean {
  if (MILITARY_UNITS.has(unit)) return true;
  return unit.includes(" ") && unit.split(" ").some((w) => MILITARY_UNITS.has(w) || w === "carriers");
}

function merchantShips(unit: string, ws: readonly string[]): boolean {
  return SHIP_UNITS.has(unit) && ws.some((w) => SHIPPING_WORDS.has(w));
}

function launchesArms(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    if (!LAUNCH_VERBS.has(ws[i] ?? "")) continue;
    for (let j = Math.max(0, i - LAUNCHED_BEFORE); j <= Math.min(ws.length - 1, i + LAUNCHED_AFTER); j++) {
      const w = ws[j] ?? "";
      if (ARMS_WORDS.has(w) || MILITARY_UNITS.has(w) || ATTACK_NOUNS.has(w)) return true;
    }
  }
  return false;
}

/** A count that names a part of a group already counted: "including 40 children", "among them two women", "12 of them". */
const PART_OF_GROUP = /\b(?:including|among them|among whom)\s+(?:[a-z]+\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+of\s+(?:them|whom)\b/;

function namesPartOfGroup(lower: string, ws: readonly string[], units: readonly (string | null)[]): boolean {
  const unit = units.find((u) => u !== null) ?? null;
  return (unit === null || CASUALTY_UNITS.has(unit)) && PART_OF_GROUP.test(lower) && !ws.some((w) => LOSS_WORDS.has(w));
}

/**
 * The war named as a whole is the setting of most claims ("a symbol of support for Russian
 * aggression", "since Russia's full-scale invasion", "condemnation of the war"); it is a military
 * fact only where the clause says what the war did or that it happened ("the invasion began",
 * "started an all-out war"). A name of the war is the setting when a preposition heads its noun
 * phrase: looking back over its modifiers and determiner, the first word that is neither is one.
 */
const WAR_NAMES = new Set(["war", "aggression", "invasion"]);
const SETTING_PREPOSITIONS = new Set("of in on since after before for during against to from by over following amid into throughout until".split(" "));
const NOUN_PHRASE_OPENERS = new Set("a an the his her its their our this that these those".split(" "));
const WAR_MODIFIERS_LOOKED_AT = 6;

function namesWarAsSetting(ws: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - WAR_MODIFIERS_LOOKED_AT); j--) {
    const w = ws[j] ?? "";
    if (SETTING_PREPOSITIONS.has(w)) return true;
    if (NOUN_PHRASE_OPENERS.has(w)) return SETTING_PREPOSITIONS.has(ws[j - 1] ?? "");
  }
  return false;
}

/** A state's own spending plans: money in them is not given to anyone. */
const BUDGET_WORDS = new Set("budget budgets spending spent expenditure procurement".split(" "));

/** Verbs of handing something over to someone. */
const HANDED_OVER = new Set("delivered distributed supplied provided donated handed gave given allocated".split(" "));

/** Making things: arms made are output, not a military loss or use. */
const PRODUCTION_WORDS = new Set("produce produces produced producing production manufacture manufactures manufactured manufacturing output".split(" "));

/** Displacement and shelter: people counted as moved or harmed in their living conditions. */
const DISPLACEMENT_WORDS = new Set("flee fled fleeing displaced displacement refugees refugee evacuated evacuation homeless shelter asylum uprooted deported".split(" "));

/** Whether a sentence speaks of support being given: computed once per sentence. */
export function speaksOfGiving(sentence: string): boolean {
  return GIVING_CONTEXT.test(sentence);
}
const GIVING_CONTEXT = /\b(?:package|packages|pledged|pledges|donated|aid|assistance|deliveries of|will give|to give|to send|will send|has sent|have sent|had sent|provided|providing|supplied|supplying|handed over|transferred)\b/i;

/**
 * A clause lower-cased, its words (the runs of a-z and 0-9) and where each word starts: read in one
 * pass, once per clause, for the rules that ask for words, for compounds and for background spans.
 */
interface ClauseWords {
  lower: string;
  words: string[];
  starts: number[];
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function readWords(clause: string): ClauseWords {
  const lower = clause.toLowerCase();
  const words: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < lower.length) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordCode(lower.charCodeAt(i))) i++;
    words.push(lower.slice(start, i));
    starts.push(start);
  }
  return { lower, words, starts };
}

/** A word glued by a hyphen to the word before it: a later part of a compound ("held" of "russian-held"). */
function endsCompound(lower: string, start: number): boolean {
  return lower.charCodeAt(start - 1) === 45 && isWordCode(lower.charCodeAt(start - 2));
}

/**
 * The words of a clause, with the participles used as adjectives blanked out of the verb positions:
 * those that end a hyphenated compound ("Russian-held parts", "US-led sanctions", "Kremlin-backed")
 * and those between a determiner and their noun ("the occupied areas", "an annexed Crimea", "a
 * collapsed cultural centre"). There they describe a thing, they are not the verb of the clause.
 * Returned as a second array aligned with `words`.
 */
function verbWords({ lower, words: ws, starts }: ClauseWords): string[] {
  let out = ws;
  for (let i = 0; i < ws.length; i++) {
    if (!endsCompound(lower, starts[i] ?? 0)) continue;
    if (out === ws) out = [...ws];
    out[i] = "";
  }
  for (let i = 1; i + 1 < ws.length; i++) {
    if (isAttributiveParticiple(ws[i - 1] ?? "", ws[i] ?? "", ws[i + 1] ?? "")) {
      if (out === ws) out = [...ws];
      out[i] = "";
    }
  }
  return out;
}

const DETERMINERS = new Set("a an the its their his her our this these those".split(" "));
/** Words that cannot be the noun after a participle: "the wounded were taken", "the injured in Kharkiv" are people. */
const NOT_A_NOUN = new Set("were was are is be been and or in on at of to from by with for as after".split(" "));

function isAttributiveParticiple(before: string, word: string, after: string): boolean {
  // Harm to people and their displacement stay the fact however they are worded ("the injured
  // girl's mother", "the displaced families").
  return DETERMINERS.has(before) && word.endsWith("ed") && word !== "united" && !LOSS_WORDS.has(word) && !DISPLACEMENT_WORDS.has(word) && !NOT_A_NOUN.has(after) && !/^\d/.test(after);
}

/**
 * Whether a clause names a topic outside the types (sport, disease, health care unharmed, a poll,
 * the weather): its "other" is a topic of its own, not a clause with nothing topical that continues
 * the claim before it.
 */
export function isOffTopic(clause: string): boolean {
  const { lower, words: ws } = readWords(clause);
  return ws.some((_, i) => opensOffTopicCue(ws, i)) || healthCareUnharmed(ws) || measuresOpinion(lower) || measuresWeather(ws);
}

/** The cues of the topics outside the types, in a Map: looking up every word of a clause in an object literal cost more. */
const OFF_TOPIC_CUES = new Map(Object.entries(LEXICON.other));

/** Whether the word at i opens a cue of a topic outside the types; the pair of words is built only after an opener of one. */
function opensOffTopicCue(ws: readonly string[], i: number): boolean {
  const w = ws[i] ?? "";
  const weight = OFF_TOPIC_CUES.get(w) ?? (PAIR_OPENERS.has(w) ? OFF_TOPIC_CUES.get(`${w} ${ws[i + 1] ?? ""}`) : undefined) ?? 0;
  return weight > 0;
}

export function classify(input: ClassifyInput): ClaimType {
  return ruleClassify(input).type;
}

/** The rules' type of a clause with the per-type scores it was chosen from. */
export function ruleClassify(input: ClassifyInput): { type: ClaimType; scores: Record<ClaimType, number> } {
  const clause = readWords(input.clause);
  const scores = scoreWords(input, clause);
  return { type: typeFromScores(input, clause, scores), scores };
}

function typeFromScores(input: ClassifyInput, clause: ClauseWords, scores: Record<ClaimType, number>): ClaimType {
  let best: Scored | null = null;
  for (const type of ORDER) {
    if (scores[type] > 0 && (best === null || scores[type] > scores[best])) best = type;
  }
  // A topic outside the types that weighs as much as the best of them is the fact's topic.
  if (scores.other > 0 && scores.other >= (best === null ? 0 : scores[best])) return "other";
  // Nothing topical, but something happened: a decision, a meeting, a search, an alert lifted. A part
  // of a group counted before happened with its group ("including 900 who crossed on Monday").
  if (best === null && EVENT_VERB.test(clause.lower) && !namesPartOfGroup(clause.lower, clause.words, input.units)) return "event";
  return best ?? "other";
}

/**
 * Parts of a clause that give background to the fact rather than the fact itself: a fronted
 * adverbial ("During a vote by the UN ..., "), an appositive after the subject ("Ukraine and Russia,
 * two of the world's biggest grain exporters, agreed"), a subordinate clause of time, cause or
 * concession ("... since Russia's full-scale invasion of Ukraine"), a trailing participle of
 * consequence ("..., enabling the continued export of grain") and what a proposal proposes ("the
 * proposal to strengthen the Alliance's role in providing security assistance"). Each pattern is
 * bounded, so matching stays linear. Cues there count half. Returns character ranges.
 */
const FRONTED = /^(?:during|after|before|since|following|amid|despite|with|while|although|shortly after)\b[^,]{0,200},/;
const APPOSITIVE = /^[^,]{1,60},\s*(?:a|an|one of|two of|three of|some of|the world’s|the world's)\s[^,]{0,120},/;
const SUBORDINATE = /\b(?:since|after|before|amid|following|despite|although|whereas|because)\b[^,;]{0,200}/g;
const PROPOSAL_CONTENT = /\b(?:proposal|plan|initiative|idea|resolution|bill|motion|draft|amendment)\s+(?:to|that|on|for)\b[^,;]{0,200}/g;
const CONSEQUENCE = /,\s*(?:enabling|allowing|leading|causing|prompting|sparking|forcing|triggering|paving|making|a move)\b[^,;]{0,200}/g;
/** A cause named after the fact ("casualties were caused by long-range missiles", "driven by the missile attack on Kyiv"). */
const CAUSE = /\b(?:caused|driven|triggered|fuelled|fueled)\s+(?:mainly\s+|mostly\s+|largely\s+|partly\s+)?by\b[^,;]{0,200}|\b(?:due to|as a result of)\b[^,;]{0,200}/g;

// Years and days of a month are dates, not counts ("the July 8 missile attack on Kyiv").
const COUNTED = /\b(?<!(?:january|february|march|april|may|june|july|august|september|october|november|december) )(?!(?:1[89]|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|dozens|hundreds|thousands|millions|billions|half|quarter)\b/;

/** Words without which a pattern cannot match: one pass over the words decides which patterns to run. */
const TRIGGER = { background: 1, proposal: 2, designated: 4, founded: 8, launch: 16, target: 32 } as const;
const TRIGGERS = new Map<string, number>();
for (const [words, bit] of [
  ["during after before since following amid despite with while although whereas because enabling allowing leading causing prompting sparking forcing triggering paving making move a an one two three some the caused driven triggered fuelled fueled due result", TRIGGER.background],
  ["proposal plan initiative idea resolution bill motion draft amendment", TRIGGER.proposal],
  ["accused named designated listed blacklisted sanctioned indicted charged added", TRIGGER.designated],
  ["established founded set inaugurated opened", TRIGGER.founded],
  ["launch launched launches launching carried conducted began mounted unleashed", TRIGGER.launch],
  ["target targets targeted targeting", TRIGGER.target],
] as const) {
  for (const w of words.split(" ")) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | bit);
}

/** Whether the word at a character offset of the clause lies in its background. */
function inBackground(starts: readonly number[], at: number, background: readonly boolean[]): boolean {
  if (background.length === 0) return false;
  let index = 0;
  while (index < starts.length && (starts[index] ?? 0) < at) index++;
  return background[index] === true;
}

function backgroundRanges(lower: string, triggers: number): [number, number][] {
  const ranges: [number, number][] = [];
  if ((triggers & (TRIGGER.background | TRIGGER.proposal)) === 0) return ranges;
  const fronted = FRONTED.exec(lower);
  if (fronted) {
    // "After at least 20 people were killed, ...": a fronted part that carries a figure is the fact.
    if (!COUNTED.test(fronted[0])) ranges.push([0, fronted[0].length]);
  } else {
    const appositive = APPOSITIVE.exec(lower);
    if (appositive) ranges.push([appositive[0].indexOf(","), appositive[0].length]);
  }
  for (const re of (triggers & TRIGGER.proposal) !== 0 ? [SUBORDINATE, CONSEQUENCE, CAUSE, PROPOSAL_CONTENT] : [SUBORDINATE, CONSEQUENCE, CAUSE]) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      // A part that carries a figure is the fact itself ("... a week after at least one person was killed").
      if (m.index > 0 && !COUNTED.test(m[0])) ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return ranges;
}

/**
 * The word sets scoreTypes asks "does any word of the clause belong to it?", as bits of one table:
 * one look-up per word answers them all, instead of a pass over the words per set.
 */
const CLASS = {
  loss: 1, trade: 2, arms: 4, attack: 8, giving: 16, aidNoun: 32, sanction: 64, displacement: 128,
  healthCare: 256, utility: 512, attackNoun: 1024, budget: 2048, energyLost: 4096,
} as const;
const WORD_CLASSES = new Map<string, number>();
for (const [set, bit] of [
  [LOSS_WORDS, CLASS.loss], [TRADE_WORDS, CLASS.trade], [ARMS_WORDS, CLASS.arms], [ATTACK_WORDS, CLASS.attack],
  [GIVING_WORDS, CLASS.giving], [AID_NOUNS, CLASS.aidNoun], [SANCTION_WORDS, CLASS.sanction],
  [DISPLACEMENT_WORDS, CLASS.displacement], [HEALTH_CARE, CLASS.healthCare], [UTILITIES, CLASS.utility],
  [ATTACK_NOUNS, CLASS.attackNoun], [BUDGET_WORDS, CLASS.budget], [ENERGY_LOST, CLASS.energyLost],
] as const) {
  for (const w of set) WORD_CLASSES.set(w, (WORD_CLASSES.get(w) ?? 0) | bit);
}

/** A two-word cue: its name, under which it is counted once a clause, and its weights. */
interface PairCue {
  key: string;
  weights: [ClaimType, number][];
}

/**
 * What scoreWords asks of one word, from one table: its cues' weights, the two-word cues that open
 * with it (by their second word), its classes and the patterns it triggers. One look-up a word
 * instead of four in as many tables (most of them missing, each a cache miss of its own); a pair is
 * found by the next word, already hashed, rather than by building the pair's string after every
 * opener ("to", "the", "in").
 */
interface WordEntry {
  cue: [ClaimType, number][] | undefined;
  pairs: Map<string, PairCue> | undefined;
  classes: number;
  triggers: number;
}
const WORD_ENTRIES = new Map<string, WordEntry>();
function entryOf(w: string): WordEntry {
  let entry = WORD_ENTRIES.get(w);
  if (entry === undefined) {
    entry = { cue: undefined, pairs: undefined, classes: 0, triggers: 0 };
    WORD_ENTRIES.set(w, entry);
  }
  return entry;
}
for (const [cue, weights] of CUE_TABLE) {
  const space = cue.indexOf(" ");
  if (space < 0) {
    entryOf(cue).cue = weights;
  } else {
    const entry = entryOf(cue.slice(0, space));
    (entry.pairs ??= new Map()).set(cue.slice(space + 1), { key: cue, weights });
  }
}
for (const [w, bits] of WORD_CLASSES) entryOf(w).classes = bits;
for (const [w, bits] of TRIGGERS) entryOf(w).triggers = bits;

/** The score of each type for a clause (exported for diagnostics). */
export function scoreTypes(input: ClassifyInput): Record<ClaimType, number> {
  return scoreWords(input, readWords(input.clause));
}

function scoreWords({ clause, units, givingContext = false, tradeContext = false }: ClassifyInput, read: ClauseWords): Record<ClaimType, number> {
  const { lower, words: ws, starts } = read;
  const scores: Record<ClaimType, number> = { casualties: 0, territory: 0, military: 0, aid: 0, economic: 0, humanitarian: 0, event: 0, other: 0 };
  const vs = verbWords(read);
  const entries = ws.map((w) => WORD_ENTRIES.get(w));
  let triggers = 0;
  for (const entry of entries) if (entry !== undefined) triggers |= entry.triggers;
  const ranges = backgroundRanges(lower, triggers);
  const background: boolean[] = [];
  if (ranges.length > 0) {
    // Ranges of one pattern do not overlap, so marking them costs at most a few passes over the clause.
    const marked = new Uint8Array(lower.length);
    for (const [a, b] of ranges) marked.fill(1, a, b);
    for (const start of starts) background.push(marked[start] === 1);
  }
  // The verbs of the fact itself: a verb in the background ("since Russia launched its invasion",
  // "because they had been moved to a shelter") does not say what the fact is.
  const factVs = background.length === 0 ? vs : vs.map((w, i) => (background[i] === true ? "" : w));
  // "including three children", "four of them women": a part of a group counted before has the
  // group's topic, not one of its own; who its people are does not make it a type (the caller
  // carries the claim before it over to a clause left "other").
  const partOfGroup = namesPartOfGroup(lower, ws, units);
  const seen = new Set<string>();
  const sanctionCues = new Map<string, number>();
  let healthCues = 0;
  let energyCues = 0;
  /** Adds the weights of a cue (`entry`, looked up by `key`) met at word i. */
  const addCue = (key: string, entry: [ClaimType, number][] | undefined, i: number, factor: number): void => {
    if (entry === undefined || seen.has(key) || (partOfGroup && CASUALTY_UNITS.has(key))) return;
    if (WAR_NAMES.has(key) && namesWarAsSetting(ws, i)) return;
    seen.add(key);
    if (SANCTION_WORDS.has(key)) sanctionCues.set(key, factor);
    if (HEALTH_SERVICE.has(key)) healthCues += (LEXICON.humanitarian[key] ?? 0) * factor;
    if (ENERGY_SUPPLY.has(key)) energyCues += (LEXICON.humanitarian[key] ?? 0) * factor;
    for (const [type, weight] of entry) scores[type] += weight * factor;
  };
  // The classes of the clause's words, and of those outside its background.
  let classes = 0;
  let factClasses = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    // The second part of a compound modifies a noun ("Russian-held", "military-grade"): half weight;
    // so does a word of the clause's background.
    const factor = (vs[i] === "" ? 0.5 : 1) * (background[i] === true ? 0.5 : 1);
    const entry = entries[i];
    if (entry === undefined) continue;
    addCue(w, entry.cue, i, factor);
    const pair = entry.pairs?.get(ws[i + 1] ?? "");
    if (pair !== undefined) addCue(pair.key, pair.weights, i, factor);
    const wordClasses = entry.classes;
    classes |= wordClasses;
    if (background[i] !== true) factClasses |= wordClasses;
  }
  // Losses count when the fact itself speaks of them, not its background ("... to save their lives").
  const losing = (factClasses & CLASS.loss) !== 0;
  // A price is the market's, whatever place the goods go to ("$28 per tonne from Odesa to Egypt").
  const trading = (classes & CLASS.trade) !== 0 || units.some(isPrice) || (tradeContext && !givingContext);
  const arms = (classes & CLASS.arms) !== 0;
  // Money "for Israel" or "to Ukraine" is being given, not earned; exports "to Ukraine" are trade.
  const attacking = (classes & CLASS.attack) !== 0;
  const givingWords = (classes & CLASS.giving) !== 0;
  // A budget's own words of giving ("The 2026 budget includes €40 billion in savings") give nothing
  // unless someone receives it ("includes $300 million for Ukraine").
  const ownBudget = (classes & CLASS.budget) !== 0 && !MONEY_RECIPIENT.test(clause);
  const giving =
    !trading &&
    !ownBudget &&
    (givingWords || (isMoney(units[0] ?? null) && MONEY_RECIPIENT.test(clause)) || (givingContext && !losing && !attacking));
  // Money named as aid or assistance is aid, even humanitarian assistance (aid comes first).
  const moneyAid = units.some(isMoney) && (classes & CLASS.aidNoun) !== 0 && !trading;
  if (moneyAid) scores.aid += 4;
  // A decision taken is the event itself: "the U.S. banned imports", "Visa suspended operations".
  if (factVs.some((w) => DECISION_VERBS.has(w))) scores.event += 2;
  // Backing or adopting a proposal is the decision itself, whatever the proposal is about ("NATO
  // foreign ministers have supported the proposal to strengthen the Alliance's role in providing
  // security assistance").
  if ((triggers & TRIGGER.proposal) !== 0 && ADOPTED_PROPOSAL.test(lower)) scores.event += 5;
  // People or bodies designated in the passive are the object of a decision or an accusation
  // ("Companies in China ... were accused of helping Russia", "16 targets ... are named by the Biden
  // administration").
  if ((triggers & TRIGGER.designated) !== 0 && DESIGNATED.test(lower)) scores.event += 2.5;
  if ((triggers & TRIGGER.target) !== 0 && TARGETED_PARTIES.test(lower)) scores.event += 4;
  // A body founded or opened is an event, whatever it serves ("The Perinatal Center was established in 2015").
  if ((triggers & TRIGGER.founded) !== 0 && FOUNDED.test(lower)) scores.event += 3;
  // Sanctions and bans without economic figures are decisions (the guideline's "a sanction announced").
  const economicFigure = units.some((u) => isMoney(u) || isPrice(u) || u === "percent" || u === "tonnes");
  // Sanctions that are evaded ("bypassing sanctions", "circumventing international sanctions") are
  // the background of what is done, not a sanction announced; sanctions that affect or hit something
  // are an economic effect ("Sanctions ... have affected sectors").
  let sanctionEvent = false;
  let sanctionEffect = false;
  const sanctioned = (classes & CLASS.sanction) !== 0;
  if (sanctioned && EVADED_SANCTIONS.test(lower)) {
    // Take back what the sanction words added as cues (each counted once, at its weight).
    for (const [key, factor] of sanctionCues) for (const [type, weight] of CUE_TABLE.get(key) ?? []) scores[type] -= weight * factor;
  } else if (sanctioned) {
    for (let i = 0; i < ws.length; i++) {
      if (!SANCTION_WORDS.has(ws[i] ?? "")) continue;
      let effect = false;
      for (let j = i + 1; j < Math.min(ws.length, i + 12); j++) if (EFFECT_VERBS.has(ws[j] ?? "")) effect = true;
      if (effect) sanctionEffect = true;
      else sanctionEvent = true;
    }
  }
  if (sanctionEffect) scores.economic += 3;
  if (!economicFigure && sanctionEvent) scores.event += 2.5;
  // An attack told in the active voice is a military fact ("Russia destroyed a refinery"); the same
  // verb in the passive reports damage ("the centre was destroyed"), left to what was hit.
  const attackAt = factVs.findIndex((w) => ATTACK_VERBS.has(w));
  // Launching an attack is military whatever place it went into ("launched an armed invasion into
  // the sovereign territory of Ukraine"): the verb's object is an attack.
  const launch = (triggers & TRIGGER.launch) !== 0 ? LAUNCH_ATTACK.exec(lower) : null;
  if (launch !== null && !inBackground(starts, launch.index, background)) scores.military += 2;
  if ((triggers & TRIGGER.launch) !== 0 && launchesArms(factVs)) scores.military += 3;
  const activeAttack = attackAt > 0 && !PASSIVE_AUX.has(ws[attackAt - 1] ?? "") && !PASSIVE_AUX.has(ws[attackAt - 2] ?? "");
  // "The attack also damaged a nearby apartment block", "Floodwaters destroyed at least 46 bridges":
  // damage done to civilian places is humanitarian; damage to arms or forces stays military.
  if (activeAttack && DAMAGING.has(ws[attackAt] ?? "") && damagesCivilianPlaces(ws, attackAt)) scores.humanitarian += 2.5;
  else if (activeAttack) scores.military += scores.territory >= 3 ? 0 : 2;
  else if (attackAt > 0 && DAMAGE_VERBS.has(ws[attackAt] ?? "")) {
    // What was hit is the subject of the passive: arms there are a military loss ("two tanks were
    // destroyed"); anything else is damage, whatever did it ("a hospital was hit during a rocket attack").
    if (!ws.slice(0, attackAt).some((w) => ARMS_WORDS.has(w) || MILITARY_UNITS.has(w) || MILITARY_TARGETS.has(w))) scores.humanitarian += 2.5;
  } else if (attackAt > 0 && PASSIVE_ATTACK.has(ws[attackAt] ?? "")) {
    // An attack in the passive is still an attack ("the website was attacked from Russian territory");
    // "launched" or "targeted" in the passive are not ("the pipeline would not be launched",
    // "targeted by sanctions").
    scores.military += 2;
  }
  // Figures of trade are economic, wherever the goods go ("dropping by 61% to Ukraine").
  if (trading && units.some((u) => isMoney(u) || u === "percent" || u === "tonnes")) scores.economic += 2;
  // Arms that are sent, delivered or part of a package are aid, whatever else the clause says.
  if (giving && arms && !losing) scores.aid += 5;
  if ((factClasses & CLASS.displacement) !== 0) scores.humanitarian += 2;
  const healthCare = (factClasses & CLASS.healthCare) !== 0 || lower.includes("health care") || lower.includes("health system");
  // Health care hit is humanitarian damage; a count of attacks is still attacks, which the guideline
  // types military before humanitarian ("1,200 attacks on health care were verified").
  const countsAttacks = units.some((u) => u !== null && ATTACK_NOUNS.has(u));
  if (healthCare && !countsAttacks && (attacking || factVs.some((w) => ATTACK_VERBS.has(w)))) scores.humanitarian += 4;
  // So is damage to what people live on: power, heating and water (the guideline's humanitarian).
  const utilities = (factClasses & CLASS.utility) !== 0;
  if (utilities && factVs.some((w) => DAMAGE_VERBS.has(w) || w === "knocked" || w === "damaged")) scores.humanitarian += 5;
  // Arms made rather than used or lost are an industry's output, economic ("the plant now produces
  // 900 shells a day"); without a count the arms named are what is made ("is producing ammunition").
  // Making as a purpose ("chemicals used to produce explosives") says what the subject is for.
  const producingArms = !attacking && factVs.some((w, i) => PRODUCTION_WORDS.has(w) && ws[i - 1] !== "to") && (arms || units.some((u) => u !== null && countsArms(u)));
  if (producingArms) scores.economic += 3;
  // What the figure counts says most about the subject of the fact.
  const unit = units.find((u) => u !== null) ?? null;
  if (unit !== null) {
    if (CASUALTY_UNITS.has(unit) && losing) scores.casualties += 4;
    else if (CASUALTY_UNITS.has(unit) && !giving && !partOfGroup) scores[CIVILIAN_UNITS.has(unit) ? "humanitarian" : "military"] += 1;
    // Vehicles or ships sold, bought or exported are trade ("Toyota sold 10.3 million vehicles").
    if (countsArms(unit) && !ROUNDS_OF_TALKS.test(lower)) scores[giving ? "aid" : merchantShips(unit, ws) || producingArms || trading ? "economic" : "military"] += 3;
    if (HUMANITARIAN_UNITS.has(unit)) scores.humanitarian += 3;
    if (unit === "km2" || unit === "mi2") scores.territory += 3;
    if (unit === "percent" || unit === "tonnes") scores.economic += 1;
  }
  // Money is given or earned and spent, wherever it stands among the figures ("1.1bn Norwegian crowns
  // (about €95m)"); a price is the market's.
  // Money paying for arms is money for someone's forces ("$50m in air defence systems", "€1.6bn
  // raised to buy shells"): support given, unless it is a budget or a market.
  const moneyForArms = !giving && !trading && !losing && arms && units.some(isMoney) && (classes & CLASS.budget) === 0;
  if (units.some(isMoney)) scores[giving || moneyForArms ? "aid" : "economic"] += 3;
  if (units.some(isPrice)) scores.economic += 3;
  // Money named as aid or assistance is aid whatever it pays for ("$225 million in humanitarian
  // assistance ... safe drinking water, shelter"): aid comes first in the guidelines.
  if (moneyAid) scores.aid = Math.max(scores.aid, scores.humanitarian + 0.5);
  // So is anything handed over to someone ("distributed 9,000 blankets to displaced families",
  // "supplied generators to water stations"), in the active voice: "supplied by Russia" names a
  // supplier, "supplied most of the power" a producer.
  if (!trading && !losing && !attacking && (classes & CLASS.attackNoun) === 0 && factVs.some((w, i) => HANDED_OVER.has(w) && !PASSIVE_AUX.has(ws[i - 1] ?? "") && ws.indexOf("to", i) > i)) {
    scores.aid = Math.max(scores.aid + 3, scores.humanitarian + 0.5);
  }
  // People killed or things given are casualties or aid, whatever their field ("487 Ukrainian
  // athletes and coaches had been killed", "delivered 1.2 million doses of measles vaccine").
  if (measuresWeather(ws)) scores.other += 6;
  // Power and heat are humanitarian when people lose them (the guideline's damage to power); made,
  // bought or sold without harm they are output and trade ("imported 2 GW of electricity").
  if (energyCues > 0 && !harmed(ws) && (classes & CLASS.energyLost) === 0) {
    scores.humanitarian -= energyCues;
    scores.economic += energyCues;
  }
  if (healthCues > 0 && healthCareUnharmed(ws)) {
    scores.humanitarian -= healthCues;
    scores.other += healthCues;
  }
  if (losing || givingWords) scores.other = 0;
  if (measuresOpinion(lower)) scores.other = Math.max(...Object.values(scores)) + 1;
  return scores;
}
