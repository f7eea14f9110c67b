/**
 * The worker-thread side of a parallel run: runs the document stages on each document the
 * pool sends and answers with the result and the messages reported, in the order reported.
 * The configuration comes once, as the worker's `workerData`.
 */
import { workerData } from 'node:worker_threads';
import type { Document } from './model.js';
import type { Config } from './stage.js';
import { processDocumentQuietly, type ProcessedDocument } from './pipeline.js';
import { serveTasks } from './pool.js';

const config = workerData as Config;

serveTasks<Document, ProcessedDocument>((document) => processDocumentQuietly(document, config));
