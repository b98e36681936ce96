export { CLAIM_TYPES, QUALIFIERS } from "./types";
export type { ClaimType, Direction, ExtractedClaim, ExtractedFigure, FigureKind, Period, Qualifier, Span } from "./types";
export { extractClaims } from "./extract";
export { extractFigures } from "./figures";
export { splitSentences } from "./sentences";
export { parseDatedHeader } from "./header";
