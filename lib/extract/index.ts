export { CLAIM_TYPES, QUALIFIERS } from "./types";
export type { ClaimType, ExtractedClaim, ExtractedFigure, Qualifier, Span } from "./types";
export { extractClaims } from "./extract";
export { extractFigures } from "./figures";
export { splitSentences } from "./sentences";
export { parseDatedHeader } from "./header";
export { findDateline, parseDatelineAt } from "./dateline";
export type { Dateline } from "./dateline";
