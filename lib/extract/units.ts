/** Units a figure can carry, normalised so that two reports of one quantity compare equal. */

/** Currency codes written before or glued to a number: "USD1,700", "RM79", "Rs 500". */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  usd: "USD", eur: "EUR", gbp: "GBP", uah: "UAH", rub: "RUB", cny: "CNY", rmb: "CNY", jpy: "JPY", inr: "INR",
  chf: "CHF", cad: "CAD", aud: "AUD", nzd: "NZD", hkd: "HKD", sgd: "SGD", myr: "MYR", rm: "MYR", rs: "INR",
  rp: "IDR", idr: "IDR", krw: "KRW", brl: "BRL", zar: "ZAR", try: "TRY", pln: "PLN", sek: "SEK", nok: "NOK",
  dkk: "DKK", czk: "CZK", huf: "HUF", ils: "ILS", aed: "AED", sar: "SAR", kes: "KES", ksh: "KES", ngn: "NGN",
  php: "PHP", thb: "THB", vnd: "VND", mxn: "MXN", egp: "EGP", pkr: "PKR", bdt: "BDT", ghs: "GHS",
}));

/** Symbols before a number. "$" alone is the US dollar unless a country prefix says otherwise ("A$", "HK$"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  $: "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₹": "INR", "₩": "KRW", "₦": "NGN",
  "₱": "PHP", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB",
}));

/** Country letters glued before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", nz: "NZD", hk: "HKD", s: "SGD", r: "BRL", nt: "TWD", z: "ZWL",
}));

/** Currency names after a number: "8 euros", "100 yuan". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  dollar: "USD", dollars: "USD", usd: "USD", euro: "EUR", euros: "EUR", eur: "EUR", pound: "GBP",
  pounds: "GBP", sterling: "GBP", gbp: "GBP", hryvnia: "UAH", hryvnias: "UAH", hryvnas: "UAH",
  hryvnya: "UAH", hryvnyas: "UAH", uah: "UAH", ruble: "RUB", rubles: "RUB", rouble: "RUB",
  roubles: "RUB", rub: "RUB", yuan: "CNY", renminbi: "CNY", yen: "JPY", rupee: "INR", rupees: "INR",
  ringgit: "MYR", rand: "ZAR", lira: "TRY", liras: "TRY", zloty: "PLN", zlotys: "PLN", shekel: "ILS",
  shekels: "ILS", naira: "NGN", pesos: "MXN", peso: "MXN", francs: "CHF", franc: "CHF", dirhams: "AED",
  riyals: "SAR", rupiah: "IDR", baht: "THB", dong: "VND", shillings: "KES", pence: "GBX", cents: "USX",
}));

/** Measures glued to or right after a number ("256GB", "50mph", "1.5 mm"), by their written form. */
export const MEASURE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  gb: "GB", mb: "MB", tb: "TB", kb: "KB", pb: "PB", gbps: "Gbps", mbps: "Mbps", mph: "mph", kph: "km/h",
  kmh: "km/h", mm: "mm", cm: "cm", km: "km", kg: "kg", mg: "mg", lb: "lb", lbs: "lb", oz: "oz", ft: "feet",
  ha: "hectares", ml: "ml", kw: "kW", mw: "MW", gw: "GW", kwh: "kWh", mwh: "MWh", gwh: "GWh", twh: "TWh", hz: "Hz",
  khz: "kHz", mhz: "MHz", ghz: "GHz", bcm: "bcm", "km²": "km2", km2: "km2", sqkm: "km2", mm2: "mm2", mah: "mAh",
  mp: "MP", hp: "hp", nm: "nm", kcal: "kcal", cc: "cc", rpm: "rpm", fps: "fps", psi: "psi", sqft: "sqft",
  ppm: "ppm", sec: "seconds", secs: "seconds", mins: "minutes",
}));

/** Spelled-out measures after a number: "20 kilometres", "3 feet". */
export const MEASURE_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  kilometres: "km", kilometers: "km", kilometre: "km", kilometer: "km", metres: "m", meters: "m", metre: "m",
  meter: "m", centimetres: "cm", centimeters: "cm", millimetres: "mm", millimeters: "mm", miles: "miles", mile: "miles",
  feet: "feet", foot: "feet", inches: "inches", inch: "inches", kilograms: "kg", kilogram: "kg", kilos: "kg", grams: "g",
  gram: "g", tonnes: "tonnes", tons: "tonnes", tonne: "tonnes", ton: "tonnes", hectares: "hectares", hectare: "hectares",
  acres: "acres", acre: "acres", litres: "litres", liters: "litres", litre: "litres", liter: "litres", gallons: "gallons",
  barrels: "barrels", megawatts: "MW", gigawatts: "GW", kilowatts: "kW", degrees: "degrees", degree: "degrees",
  celsius: "celsius", fahrenheit: "fahrenheit", knots: "knots", calories: "calories", ounces: "oz", nanometres: "nm", nanometre: "nm", nanometers: "nm", nanometer: "nm", micrometres: "µm",
  megapixels: "megapixels", megapixel: "megapixels", qubits: "qubits",
}));

/** Words after "metres" etc. that make a glued "m" a length: "37m tall", "a 37m-long ship". */
export const LENGTH_CONTEXT = new Set(
  "tall high long deep wide away above below thick underground underwater across in length height depth of water wave waves deep-sea".split(" "),
);

/** Words before a glued "m" that make it a length: "a height of 37m", "rose 2m". */
export const LENGTH_BEFORE = new Set("height depth length distance altitude width deep tall high long wide".split(" "));

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(Object.entries({
  person: "people", child: "children", man: "men", woman: "women", foot: "feet", tooth: "teeth", mouse: "mice",
  criterion: "criteria", phenomenon: "phenomena", serviceman: "servicemen", servicewoman: "servicewomen",
  policeman: "policemen", fisherman: "fishermen", gunman: "gunmen", crewman: "crewmen", fireman: "firemen",
  seaman: "seamen", businessman: "businessmen", chairman: "chairmen",
}));

/** Nouns counted without a plural form. */
const UNCOUNTED = new Set(
  "people aircraft personnel children men women police staff equipment ammunition artillery military troops cattle livestock fish sheep deer data series species".split(" "),
);

/** A counted noun as the lower-case plural, so "one soldier" and "300 soldiers" share a unit. */
export function pluralNoun(noun: string): string {
  const lower = noun.toLowerCase();
  if (UNCOUNTED.has(lower)) return lower;
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular) return irregular;
  // "servicemen", "gunmen": already plural.
  if (MEN_PLURAL.test(lower) && !NOT_MEN_PLURALS.has(lower)) return lower;
  if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) return lower;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

// Word lists for naming what a figure counts (lib/extract/figures.ts).

/** Makes that come before a model name: "Boeing 737 MAX 8 jets", "Airbus A320s". */
export const MAKERS = new Set("boeing airbus embraer bombardier lockheed dassault sukhoi mikoyan antonov".split(" "));

/** Airliner models, counted as aircraft: "A320s", "A350-900s", "A321neos", "737s". */
export const AIRCRAFT_MODEL = /^(a3[0-9]{2}(-[0-9]+)?[a-z]*s|a3[0-9]{2}(neo)?s?|7[0-9]7s)$/;

/** Models and brands named for their type (GUIDELINES.md: "Leopards", "Abrams" → tanks). */
export const MODEL_TYPES: ReadonlyMap<string, string> = new Map(Object.entries({
  leopards: "tanks", abrams: "tanks", challengers: "tanks", merkavas: "tanks",
  bradleys: "vehicles", marders: "vehicles", strykers: "vehicles", humvees: "vehicles",
  javelins: "missiles", stingers: "missiles", iphones: "phones", dreamliners: "aircraft", airbuses: "aircraft", boeings: "aircraft", "a320s": "aircraft",
}));

/** "servicemen", "gunmen", "policemen": plurals in -men. */
export const MEN_PLURAL = /^[a-z]*men$/;

/** Singular nouns in -men. */
export const NOT_MEN_PLURALS = new Set("specimen abdomen regimen omen stamen semen amen yemen hymen".split(" "));

/** "GPs", "MPs", "NGOs", "SUVs". */
export const PLURAL_ACRONYM = /^[A-Z]{2,5}s$/;

/** Things whose size is given in metres: "a 37m wall", "the river rose 2.5m". */
export const PHYSICAL_NOUNS = new Set(
  "river rivers sea seas water waters wave waves tide tides snow snowfall floodwater floodwaters statue tower bridge wall tunnel dam building skyscraper cliff crater glacier iceberg mountain volcano ash plume hole shaft pit trench fence mast antenna yacht ship vessel".split(" "),
);

/** Verbs whose glued "m" is money: "costs 4m", "raised 37m". */
export const MONEY_VERBS = new Set(
  "cost costs costing worth raised raise raises paid pay pays spent spend spends lost loses earned earns sold sells priced valued fined budget profit revenue received receive receives got gets won awarded secured invested invest borrowed owes donated grant funding".split(" "),
);

export const CHINESE_WORDS = new Set("china chinese beijing shanghai yuan renminbi rmb pboc shenzhen".split(" "));

export const JAPANESE_WORDS = new Set("japan japanese tokyo yen boj osaka nikkei".split(" "));

/** Plural subjects that are amounts rather than things counted: "prices rose to 130", "sales passed 50 million". */
export const AMOUNT_SUBJECTS = new Set(
  "prices rates sales profits revenues earnings exports imports costs wages salaries shares stocks yields reserves savings assets debts levels figures numbers totals losses returns bills fares rents values volumes temperatures speeds spending investments bonds markets indices points".split(" "),
);
