export { CLAIM_TYPES, DIRECTIONS, FIGURE_KINDS, PERIODS, QUALIFIERS } from "./types";
export type { ClaimType, Direction, ExtractedClaim, ExtractedFigure, FigureKind, Period, Qualifier, Span } from "./types";
export { extractClaims } from "./extract";
export { extractFigures } from "./figures";
export { splitSentences } from "./sentences";
export { parseDatedHeader } from "./header";
