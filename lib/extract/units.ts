/** Units a figure can carry, normalised so that two reports of one quantity compare equal. */

/** Currency codes written before or glued to a number: "USD1,700", "RM79", "Rs 500". */
export const CURRENCY_PREFIXES: Record<string, string> = {
  usd: "USD", eur: "EUR", gbp: "GBP", uah: "UAH", rub: "RUB", cny: "CNY", rmb: "CNY", jpy: "JPY", inr: "INR",
  chf: "CHF", cad: "CAD", aud: "AUD", nzd: "NZD", hkd: "HKD", sgd: "SGD", myr: "MYR", rm: "MYR", rs: "INR",
  rp: "IDR", idr: "IDR", krw: "KRW", brl: "BRL", zar: "ZAR", try: "TRY", pln: "PLN", sek: "SEK", nok: "NOK",
  dkk: "DKK", czk: "CZK", huf: "HUF", ils: "ILS", aed: "AED", sar: "SAR", kes: "KES", ksh: "KES", ngn: "NGN",
  php: "PHP", thb: "THB", vnd: "VND", mxn: "MXN", egp: "EGP", pkr: "PKR", bdt: "BDT", ghs: "GHS",
};

/** Symbols before a number. "$" alone is the US dollar unless a country prefix says otherwise ("A$", "HK$"). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₹": "INR", "₩": "KRW", "₦": "NGN",
  "₱": "PHP", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB",
};

/** Country letters glued before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", nz: "NZD", hk: "HKD", s: "SGD", r: "BRL", nt: "TWD", z: "ZWL",
};

/** Currency names after a number: "8 euros", "100 yuan". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", usd: "USD", euro: "EUR", euros: "EUR", eur: "EUR", pound: "GBP",
  pounds: "GBP", sterling: "GBP", gbp: "GBP", hryvnia: "UAH", hryvnias: "UAH", hryvnas: "UAH",
  hryvnya: "UAH", hryvnyas: "UAH", uah: "UAH", ruble: "RUB", rubles: "RUB", rouble: "RUB",
  roubles: "RUB", rub: "RUB", yuan: "CNY", renminbi: "CNY", yen: "JPY", rupee: "INR", rupees: "INR",
  ringgit: "MYR", rand: "ZAR", lira: "TRY", liras: "TRY", zloty: "PLN", zlotys: "PLN", shekel: "ILS",
  shekels: "ILS", naira: "NGN", pesos: "MXN", peso: "MXN", francs: "CHF", franc: "CHF", dirhams: "AED",
  riyals: "SAR", rupiah: "IDR", baht: "THB", dong: "VND", shillings: "KES", pence: "GBX", cents: "USX",
};

/** Measures glued to or right after a number ("256GB", "50mph", "1.5 mm"), by their written form. */
export const MEASURE_ABBREVIATIONS: Record<string, string> = {
  gb: "GB", mb: "MB", tb: "TB", kb: "KB", pb: "PB", gbps: "Gbps", mbps: "Mbps", mph: "mph", kph: "km/h",
  kmh: "km/h", mm: "mm", cm: "cm", km: "km", kg: "kg", mg: "mg", lb: "lb", lbs: "lb", oz: "oz", ft: "feet",
  ha: "hectares", ml: "ml", kw: "kW", mw: "MW", gw: "GW", kwh: "kWh", mwh: "MWh", gwh: "GWh", twh: "TWh", hz: "Hz",
  khz: "kHz", mhz: "MHz", ghz: "GHz", bcm: "bcm", "km²": "km2", km2: "km2", sqkm: "km2", mm2: "mm2", mah: "mAh",
  mp: "MP", hp: "hp", nm: "nm", kcal: "kcal", cc: "cc", rpm: "rpm", fps: "fps", psi: "psi", sqft: "sqft",
  ppm: "ppm", sec: "seconds", secs: "seconds", mins: "minutes",
};

/** Spelled-out measures after a number: "20 kilometres", "3 feet". */
export const MEASURE_WORDS: Record<string, string> = {
  kilometres: "km", kilometers: "km", kilometre: "km", kilometer: "km", metres: "m", meters: "m", metre: "m",
  meter: "m", centimetres: "cm", centimeters: "cm", millimetres: "mm", millimeters: "mm", miles: "miles", mile: "miles",
  feet: "feet", foot: "feet", inches: "inches", inch: "inches", kilograms: "kg", kilogram: "kg", kilos: "kg", grams: "g",
  gram: "g", tonnes: "tonnes", tons: "tonnes", tonne: "tonnes", ton: "tonnes", hectares: "hectares", hectare: "hectares",
  acres: "acres", acre: "acres", litres: "litres", liters: "litres", litre: "litres", liter: "litres", gallons: "gallons",
  barrels: "barrels", megawatts: "MW", gigawatts: "GW", kilowatts: "kW", degrees: "degrees", degree: "degrees",
  celsius: "celsius", fahrenheit: "fahrenheit", knots: "knots", calories: "calories", ounces: "oz", nanometres: "nm", nanometre: "nm", nanometers: "nm", nanometer: "nm", micrometres: "µm",
  megapixels: "megapixels", megapixel: "megapixels", qubits: "qubits",
};

/** Words after "metres" etc. that make a glued "m" a length: "37m tall", "a 37m-long ship". */
export const LENGTH_CONTEXT = new Set(
  "tall high long deep wide away above below thick underground underwater across in length height depth of water wave waves deep-sea".split(" "),
);

/** Words before a glued "m" that make it a length: "a height of 37m", "rose 2m". */
export const LENGTH_BEFORE = new Set("height depth length distance altitude width deep tall high long wide".split(" "));

const IRREGULAR_PLURALS: Record<string, string> = {
  person: "people", child: "children", man: "men", woman: "women", foot: "feet", tooth: "teeth", mouse: "mice",
  criterion: "criteria", phenomenon: "phenomena", serviceman: "servicemen", servicewoman: "servicewomen",
  policeman: "policemen", fisherman: "fishermen", gunman: "gunmen", crewman: "crewmen", fireman: "firemen",
  seaman: "seamen", businessman: "businessmen", chairman: "chairmen",
};

/** Nouns counted without a plural form. */
const UNCOUNTED = new Set(
  "people aircraft personnel children men women police staff equipment ammunition artillery military troops cattle livestock fish sheep deer data series species".split(" "),
);

/** A counted noun as the lower-case plural, so "one soldier" and "300 soldiers" share a unit. */
export function pluralNoun(noun: string): string {
  const lower = noun.toLowerCase();
  if (UNCOUNTED.has(lower)) return lower;
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  // "servicemen", "gunmen": already plural.
  if (/.men$/.test(lower) && !["specimen", "abdomen", "regimen", "stamen"].includes(lower)) return lower;
  if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) return lower;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}
