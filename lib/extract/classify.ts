import { EVENT_VERB } from "./cues";
import type { ClaimType } from "./types";

type Scored = Exclude<ClaimType, "other">;

/**
 * Weighted cue words per type (single words or two-word phrases). A clause gets the type with the
 * highest total; ties go to the guideline's order of precedence. Weights say how strongly a word
 * names the subject of the fact rather than its background ("killed" vs "war").
 */
const LEXICON: Record<Scored, Record<string, number>> = {
  casualties: {
    trapped: 3, injury: 2.5,
    killed: 3, kill: 2, kills: 2, killing: 3, dead: 2.5, deaths: 3, death: 2, died: 3, dies: 3, die: 2, wounded: 3,
    wounding: 3, injured: 3, injuries: 3, injuring: 3, casualties: 3.5, lives: 2, bodies: 2.5, victims: 2.5,
    eliminated: 2.5, murdered: 3, executed: 2.5, tortured: 1.5, torture: 1.5, genocide: 1.5, "stable condition": 2.5,
    rubble: 1.5, "pulled out": 2, alive: 1.5, prisoners: 2, "fatalities": 3, "death toll": 3, losses: 1,
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
  },
  military: {
    missiles: 2, missile: 2, strikes: 2.5, strike: 2.5, struck: 2.5, attack: 2.5, attacks: 2.5, attacked: 2.5,
    shelling: 2.5, shelled: 2.5, bombardment: 2.5, barrage: 2.5, bombard: 2.5, explosions: 2.5, explosion: 2.5,
    blasts: 2.5, blast: 1.5, sabotage: 2.5, troops: 1.5, soldiers: 1, forces: 1, units: 2, tanks: 2, tank: 1.5,
    artillery: 2, armored: 2, armoured: 2, drones: 2, drone: 2, launched: 1.5, fired: 2.5, invasion: 2,
    combat: 2.5, battalion: 2, aggression: 1.5, cyberattack: 2.5, targets: 1.5, targeted: 2.5, weapons: 1,
    depot: 2, "air base": 2, fleet: 1, "supply lines": 2, range: 1, bombers: 2.5, army: 1, offensive: 2,
    assault: 2.5, mercenaries: 1.5, "under fire": 2.5, destroyed: 1.5, "shot down": 3, intercepted: 2.5,
    airbase: 2, attrition: 2.5, storage: 1, munitions: 1.5, ammunition: 0.5, strength: 1.5, assembled: 1.5,
    headquarters: 1.5, stand: 0.5, fighting: 1, war: 0.5, targeting: 2.5, hit: 2, "hold out": 3, exercise: 2.5, exercises: 2.5, drills: 2.5,
  },
  aid: {
    replenish: 2.5, relief: 2.5, "war chest": 2.5,
    aid: 3.5, assistance: 3.5, package: 3, provided: 2, providing: 2.5, provision: 2.5, supplying: 2,
    supplies: 1.5, sent: 2, send: 2, sending: 2, deliver: 2, delivered: 2, pledged: 3, promised: 2.5,
    funding: 2.5, donated: 3, support: 1.5, backing: 2, committed: 1.5, give: 2, equipment: 1.5, underfunded: 2.5,
    "to ukraine": 1.5, "to kyiv": 1.5, "for ukraine": 1.5, released: 1, relents: 1, greenlights: 2, allocated: 2.5,
    grant: 2, loan: 2, "military aid": 2, "security assistance": 2, "receiving support": 3, "received support": 3, packages: 2.5,
  },
  economic: {
    economy: 2, economic: 1.5, trade: 2.5, exports: 2.5, exporter: 3, exporters: 2, export: 2, imports: 2.5,
    imported: 2.5, import: 2, prices: 3, price: 2.5, gas: 2, oil: 2, grain: 2, wheat: 2, uranium: 2,
    revenues: 3, revenue: 3, business: 2, companies: 2, company: 2, firms: 2, market: 2, unemployment: 3.5,
    jobs: 2.5, budget: 2.5, inflation: 3.5, gdp: 3.5, tonnes: 1.5, "cubic metres": 2, ordered: 1.5, buyers: 2,
    payment: 2, cards: 1.5, worth: 1, bank: 1.5, banks: 1.5, sectors: 2, enterprises: 2, production: 1.5,
    pipeline: 1.5, turbines: 1.5, deliveries: 1.5, ship: 1, vessel: 1, cargo: 1.5, sales: 2.5, rallies: 2,
    currency: 2.5, rouble: 2.5, ruble: 2.5, investment: 2, tax: 2, debt: 2.5, spending: 2,
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
  },
  event: {
    penalties: 3.5, banned: 3, barring: 3, legislation: 2, approval: 2.5, target: 1.5, "decision to": 4, "the deal": 1.5,
    "agreed to": 4, "decided to": 4, "voted to": 4, "approved the": 2,
    met: 2.5, meeting: 2.5, meetings: 2.5, talks: 2.5, summit: 3.5, visit: 2, visited: 2.5, signed: 2.5,
    agreed: 2, agrees: 2, agreement: 1.5, deal: 1.5, decided: 2.5, decision: 2.5, approved: 1.5, adopted: 2.5,
    sanctions: 3.5, sanctioned: 4, sanction: 2.5, imposed: 2, imposes: 2, blacklisted: 3, held: 1.5,
    established: 2, created: 1.5, ruled: 2, suspended: 3, removes: 2, removed: 2, hosting: 2, hosts: 2,
    contest: 2, announces: 1.5, restrictions: 2.5, ban: 3, declared: 2, credentials: 3, accepted: 1.5,
    referendum: 2.5, named: 1.5, appointed: 2.5, elected: 2.5, commented: 2, conference: 2, council: 1,
    negotiations: 2, parliament: 1.5, law: 1.5, vote: 2, voted: 2.5, resolution: 2, court: 1.5, warrant: 2.5,
    arrested: 2, detained: 2, charged: 2, sentenced: 2, won: 1.5, expelled: 2.5, recognized: 2, recognised: 2,
    announced: 1, delegation: 2, ambassadors: 2, summoned: 2.5, condemned: 1.5, accused: 1, opening: 1,
  },
};

const ORDER: Scored[] = ["casualties", "territory", "military", "aid", "economic", "humanitarian", "event"];

/** Every cue with the types it counts for, so each word of a clause is looked up once. */
const CUE_TABLE = new Map<string, [Scored, number][]>();
for (const type of ORDER) {
  for (const [cue, weight] of Object.entries(LEXICON[type])) {
    const entry = CUE_TABLE.get(cue) ?? [];
    entry.push([type, weight]);
    CUE_TABLE.set(cue, entry);
  }
}

const CASUALTY_UNITS = new Set("person civilian soldier child man woman injuries people persons civilians soldiers troops servicemen personnel children men women fighters militants prisoners pows bodies lives deaths casualties dead wounded victims mercenaries officers residents journalists medics citizens military".split(" "));
const MILITARY_UNITS = new Set("tanks aircraft planes jets helicopters drones missiles rockets shells vehicles guns howitzers launchers systems ships vessels warships boats artillery rounds munitions bombs weapons brigades battalions units sorties strikes attacks assaults".split(" "));
const HUMANITARIAN_UNITS = new Set("refugees homes houses buildings apartments schools hospitals families households shelters evacuees".split(" "));
const MONEY_UNITS = new Set(["USD", "EUR", "GBP", "UAH", "RUB", "AUD", "CAD"]);

const LOSS_WORDS = new Set("claimed lives trapped killed kill killing dead died wounded wounding injured injuries casualties lost lose losses eliminated victims missing captured".split(" "));
const GIVING_WORDS = new Set("receiving received packages package includes replenish relief aid assistance package pledged promised provided providing provision supplying sent send sending deliver delivered donated funding give allocated grant loan".split(" "));

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
const TRADE_WORDS = new Set("exports export exported imports import imported trade sales sold bought revenue revenues prices price market customs earned".split(" "));

/** Nouns of arms and equipment: what is given is military aid, what is lost is a military loss. */
const ARMS_WORDS = new Set("missiles missile weapons weapon ammunition munitions tanks tank vehicles artillery rockets rocket drones systems shells rounds howitzers jets aircraft equipment launchers".split(" "));

/** Verbs of attack: arms "launched" or "shot down" are used in combat, not given. */
const ATTACK_WORDS = new Set("launched fired struck attacked attack attacks shot downed intercepted destroyed hit shelled shelling bombed strikes".split(" "));

const CIVILIAN_UNITS = new Set("person people persons civilians civilian children child women woman men man residents citizens families".split(" "));
const AID_NOUNS = new Set(["aid", "assistance", "package", "funding", "grant", "grants", "loan", "loans"]);
const DECISION_VERBS = new Set("agreed reached met visited attended held banned bans suspended suspending suspends signed decided voted approved adopted imposed imposes lifted ruled appointed elected sanctioned blacklisted expelled ratified vetoed".split(" "));
const ATTACK_VERBS = new Set("destroyed damaged struck hit shelled bombed attacked launched fired downed targeted stormed".split(" "));
const SANCTION_WORDS = new Set("sanction sanctions sanctioned ban banned bans penalties restrictions blacklisted embargo".split(" "));
const DAMAGE_VERBS = new Set(["destroyed", "damaged", "hit"]);
const PASSIVE_AUX = new Set(["was", "were", "been", "be", "being", "is", "are", "get", "got"]);

function unit0(units: (string | null)[]): string {
  return units.find((u) => u !== null) ?? "";
}

/** Displacement and shelter: people counted as moved or harmed in their living conditions. */
const DISPLACEMENT_WORDS = new Set("flee fled fleeing displaced displacement refugees refugee evacuated evacuation homeless shelter asylum uprooted".split(" "));

/** Whether a sentence speaks of support being given: computed once per sentence. */
export function speaksOfGiving(sentence: string): boolean {
  return GIVING_CONTEXT.test(sentence);
}
const GIVING_CONTEXT = /\b(?:package|packages|pledged|pledges|donated|aid|assistance|deliveries of|will give|to give|to send|will send|has sent|have sent|had sent|provided|providing|supplied|supplying|handed over|transferred)\b/i;

function words(clause: string): string[] {
  return clause.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function classify({ clause, units, givingContext = false, tradeContext = false }: ClassifyInput): ClaimType {
  const ws = words(clause);
  const scores: Record<Scored, number> = { casualties: 0, territory: 0, military: 0, aid: 0, economic: 0, humanitarian: 0, event: 0 };
  const seen = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    for (const key of [w, `${w} ${ws[i + 1] ?? ""}`]) {
      const entry = CUE_TABLE.get(key);
      if (entry === undefined || seen.has(key)) continue;
      seen.add(key);
      for (const [type, weight] of entry) scores[type] += weight;
    }
  }
  const wordSet = new Set(ws);
  const losing = [...LOSS_WORDS].some((w) => wordSet.has(w));
  const trading = ws.some((w) => TRADE_WORDS.has(w)) || (tradeContext && !givingContext);
  const arms = ws.some((w) => ARMS_WORDS.has(w));
  // Money "for Israel" or "to Ukraine" is being given, not earned; exports "to Ukraine" are trade.
  const giving =
    !trading &&
    ([...GIVING_WORDS].some((w) => wordSet.has(w)) || (MONEY_UNITS.has(units[0] ?? "") && /\b(for|to) (the )?[A-Z]/.test(clause)) || (givingContext && !losing && !ws.some((w) => ATTACK_WORDS.has(w))));
  // Money named as aid or assistance is aid, even humanitarian assistance (aid comes first).
  if (MONEY_UNITS.has(unit0(units)) && ws.some((w) => AID_NOUNS.has(w)) && !trading) scores.aid += 4;
  // A decision taken is the event itself: "the U.S. banned imports", "Visa suspended operations".
  if (ws.some((w) => DECISION_VERBS.has(w))) scores.event += 2;
  // Sanctions and bans without economic figures are decisions (the guideline's "a sanction announced").
  const economicFigure = units.some((u) => u !== null && (MONEY_UNITS.has(u) || u === "percent" || u === "tonnes"));
  if (!economicFigure && ws.some((w) => SANCTION_WORDS.has(w))) scores.event += 2.5;
  // An attack told in the active voice is a military fact ("Russia destroyed a refinery"); the same
  // verb in the passive reports damage ("the centre was destroyed"), left to what was hit.
  const attackAt = ws.findIndex((w) => ATTACK_VERBS.has(w));
  if (attackAt > 0 && !PASSIVE_AUX.has(ws[attackAt - 1] ?? "") && !PASSIVE_AUX.has(ws[attackAt - 2] ?? "")) scores.military += scores.territory >= 3 ? 0 : 2;
  else if (attackAt > 0 && DAMAGE_VERBS.has(ws[attackAt] ?? "") && !ws.some((w) => ARMS_WORDS.has(w))) scores.humanitarian += 2.5;
  // Figures of trade are economic, wherever the goods go ("dropping by 61% to Ukraine").
  if (trading && units.some((u) => u !== null && (MONEY_UNITS.has(u) || u === "percent" || u === "tonnes"))) scores.economic += 2;
  // Arms that are sent, delivered or part of a package are aid, whatever else the clause says.
  if (giving && arms && !losing) scores.aid += 5;
  if (ws.some((w) => DISPLACEMENT_WORDS.has(w))) scores.humanitarian += 2;
  // What the figure counts says most about the subject of the fact.
  const unit = units.find((u) => u !== null) ?? null;
  if (unit !== null) {
    if (CASUALTY_UNITS.has(unit) && losing) scores.casualties += 4;
    else if (CASUALTY_UNITS.has(unit) && !giving) scores[CIVILIAN_UNITS.has(unit) ? "humanitarian" : "military"] += 1;
    if (MILITARY_UNITS.has(unit)) scores[giving ? "aid" : "military"] += 3;
    if (HUMANITARIAN_UNITS.has(unit)) scores.humanitarian += 3;
    if (MONEY_UNITS.has(unit)) scores[giving ? "aid" : "economic"] += 3;
    if (unit === "km2" || unit === "mi2") scores.territory += 3;
    if (unit === "percent" || unit === "tonnes") scores.economic += 1;
  }
  let best: Scored | null = null;
  for (const type of ORDER) {
    if (scores[type] > 0 && (best === null || scores[type] > scores[best])) best = type;
  }
  // Nothing topical, but something happened: a decision, a meeting, a search, an alert lifted.
  if (best === null && EVENT_VERB.test(clause.toLowerCase())) return "event";
  return best ?? "other";
}
