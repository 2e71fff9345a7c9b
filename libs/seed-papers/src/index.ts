export * from './papers';
export * from './seed-documents';
export * from './structure/document';
export { LAYOUTS } from './structure/layouts';
export { parseSeedPaper, LayoutError, type PaperLayout, type PartLayout } from './structure/parse-paper';
export { NumberingError, type NumberingLevel, type NumberingStyle } from './structure/outline';
export { cleanInline } from './structure/lines';
export { clauseText, clausesOf, findClause, findPart, ownText, renderBlocks, renderDocument, sectionsOf, type TextSection } from './structure/render';
