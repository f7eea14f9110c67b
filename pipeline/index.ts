/**
 * Salaysay as a library: run the pipeline on sources, write and validate the dataset.
 *
 * @example
 *   import { processCorpus, readSources, writeDataset } from 'salaysay';
 *   const result = await processCorpus(readSources('sources'));
 *   writeDataset(result, 'output', { name: 'salaysay', version: '0.1.0' });
 */
export { processCorpus, processDocument, resolveConfig, documentStages, corpusStages } from './pipeline.js';
export type { RunOptions, RunResult } from './pipeline.js';
export { ingest } from './stages/ingest.js';
export type { SourceFile, IngestResult } from './stages/ingest.js';
export { readSources, listSources } from './sources.js';
export { writeDataset, serializeDataset, datasetFiles } from './output/write.js';
export { validateDataset } from './output/validate.js';
export { SCHEMA_VERSION } from './output/manifest.js';
export type { Generator } from './output/manifest.js';
export { defaultConfig } from './stage.js';
export { ConfigurationError } from './errors.js';
export type { Config, StageContext, StageMeta, DocumentStage, CorpusStage, Layer } from './stage.js';
export type * from './model.js';
export { applyCorrections } from './review/apply.js';
export type { StaleCorrection } from './review/apply.js';
export { parseCorrections, readCorrections, CORRECTIONS_VERSION } from './review/corrections.js';
export type { Corrections, Correction } from './review/corrections.js';
export { renderReviewPage, writeReviewPage } from './review/page.js';
export { readReviewData } from './review/data.js';
export type { ReviewData } from './review/data.js';
