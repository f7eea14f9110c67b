#!/usr/bin/env node
/**
 * The command line: `salaysay run <folder> --out <dir>`, `salaysay validate <dir>`.
 * Exit codes: 0 done; 1 done, but some sources were rejected (named on stderr and in the
 * manifest); 2 bad usage or configuration; 3 an unexpected failure (nothing was written).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Config } from './stage.js';
import type { Message } from './model.js';
import { processCorpus } from './pipeline.js';
import { readSources } from './sources.js';
import { writeDataset } from './output/write.js';
import { validateDataset } from './output/validate.js';
import { packageInfo } from './package-info.js';
import { folderCache } from './cache.js';
import { ConfigurationError } from './errors.js';
import { resolveNerModel } from './entities/recognizers/transformers.js';
import { defaultConfig } from './stage.js';
import { readCorrections, type Corrections } from './review/corrections.js';
import { writeReviewPage } from './review/page.js';

const HELP = `Usage: salaysay <command> [options]

Commands:
  run <folder> --out <dir>   Process every .txt/.md file below <folder>, write the dataset to <dir>
  validate <dir>             Check a dataset folder against the JSON Schemas
  review <dir>               Write a review page (one HTML file) for a dataset folder
  help                       Show this help

Options for run:
  -o, --out <dir>            Output folder (default: output)
  -c, --config <file>        JSON file with settings (languages, recognizers, nerModel, documentDates)
  -l, --languages <codes>    Candidate languages, comma-separated ISO 639-3 (default: eng,tgl)
      --ner-model <path>     Local token-classification model folder; enables the transformers
                             recogniser (also SALAYSAY_NER_MODEL)
      --corrections <file>   Apply a historian's corrections.json (exported by the review page)
      --log <file>           Append every message of the run, as JSON Lines, to <file>
      --cache <dir>          Keep per-document results here; unchanged sources are not
                             processed again (default: node_modules/.cache/salaysay)
      --no-cache             Process every source
  -j, --jobs <n>             Documents processed at once, in worker threads (default 1: no
                             worker; pays off only with more cores than 2 and many sources)
  -v, --verbose              Print warnings and notes, not only errors
  -q, --quiet                Print errors only

Options for review:
  -o, --out <file>           The page to write (default: review.html)
      --corrections <file>   Show these decisions as already taken

  -h, --help                 Show this help
  -V, --version              Show the version
`;


const DEFAULT_CACHE = 'node_modules/.cache/salaysay';

function loadConfig(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): Partial<Config> {
  let config: Partial<Config> = {};
  if (typeof values.config === 'string') {
    try {
      config = JSON.parse(readFileSync(values.config, 'utf8')) as Partial<Config>;
    } catch (error) {
      throw new ConfigurationError(`Cannot read config ${values.config}: ${(error as Error).message}`);
    }
  }
  if (typeof values.corrections === 'string') config.corrections = loadCorrections(values.corrections);
  if (typeof values.languages === 'string') config.languages = values.languages.split(',').map((code) => code.trim());
  const model = typeof values['ner-model'] === 'string' ? values['ner-model'] : resolveNerModel({ ...defaultConfig, ...config }, env);
  if (model) {
    config.nerModel = model;
    config.recognizers = [...new Set([...(config.recognizers ?? ['rules']), 'transformers'])];
  }
  return config;
}

/**
 * `--jobs`, by default 1: a worker spends ~2 s loading the pipeline and one thread already
 * keeps more than one core busy, so on 2 cores `--jobs 2` measured slower (bench/parallel.ts).
 */
function jobCount(value: string | boolean | undefined): number {
  if (typeof value !== 'string') return 1;
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1) throw new ConfigurationError(`--jobs needs a whole number of at least 1, got '${value}'`);
  return jobs;
}

function loadCorrections(file: string): Corrections {
  try {
    return readCorrections(file);
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
}

function formatMessage(message: Message): string {
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
  const place = message.place ? `:${message.place.start}-${message.place.end}` : '';
  const reason = message.reason.startsWith(`${message.file}:`) ? message.reason.slice(message.file.length + 1).trim() : message.reason;
  return `${message.file || 'corpus'}${place}: ${severity}: ${reason} [${message.ruleId}]`;
}

async function run(folder: string, values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): Promise<number> {
  const out = typeof values.out === 'string' ? values.out : 'output';
  const config = loadConfig(values, env);
  const verbose = values.verbose === true;
  const quiet = values.quiet === true;
  const log = typeof values.log === 'string' ? values.log : null;
  const cache = values['no-cache'] === true ? null : typeof values.cache === 'string' ? values.cache : DEFAULT_CACHE;
  let warnings = 0;

  const files = readSources(folder);
  if (files.length === 0) process.stderr.write(`salaysay: no .txt or .md files in ${folder}\n`);
  const result = await processCorpus(files, {
    config,
    jobs: jobCount(values.jobs),
    onMessage: (message) => {
      if (log) appendFileSync(log, `${JSON.stringify({ time: new Date().toISOString(), ...message })}\n`);
      if (message.fatal === true) process.stderr.write(`${formatMessage(message)}\n`);
      else if (verbose) process.stderr.write(`${formatMessage(message)}\n`);
      else if (message.fatal === false) warnings++;
    },
    onDocument: (document, index, total, cached) => {
      if (!quiet) process.stderr.write(`salaysay: ${document.source} (${index + 1}/${total})${cached ? ' unchanged' : ''}\n`);
    },
    ...(cache === null ? {} : { cache: folderCache(cache) }),
  });
  writeDataset(result, out, packageInfo());
  if (!quiet) {
    const { corpus } = result;
    process.stderr.write(
      `salaysay: wrote ${out}/: ${corpus.documents.length} documents, ${corpus.events.length} events, ` +
        `${corpus.entities.length} entities, ${result.rejected.length} rejected` +
        (warnings > 0 ? `, ${warnings} warnings (--verbose shows them)` : '') +
        '\n',
    );
  }
  return result.rejected.length > 0 ? 1 : 0;
}

/**
 * Run the command line.
 *
 * @param argv Arguments after the program name.
 * @returns the exit code.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        languages: { type: 'string', short: 'l' },
        'ner-model': { type: 'string' },
        log: { type: 'string' },
        corrections: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    process.stderr.write(`salaysay: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  if (values.help || command === 'help' || command === undefined) {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (rest.length > 0) throw new ConfigurationError(`unexpected argument '${rest[0]}'`);
    switch (command) {
      case 'run':
        if (!target) throw new ConfigurationError('run needs a sources folder: salaysay run <folder> --out <dir>');
        return await run(target, values, env);
      case 'validate': {
        const problems = validateDataset(target ?? 'output');
        for (const problem of problems) process.stderr.write(`${problem}\n`);
        if (problems.length === 0) process.stderr.write(`salaysay: ${target ?? 'output'}/ is valid\n`);
        return problems.length === 0 ? 0 : 1;
      }
      case 'review': {
        const folder = target ?? 'output';
        const page = typeof values.out === 'string' ? values.out : 'review.html';
        const decisions = typeof values.corrections === 'string' ? loadCorrections(values.corrections) : null;
        writeReviewPage(folder, page, decisions);
        process.stderr.write(`salaysay: wrote ${page} (open it in a browser; decisions export as corrections.json)\n`);
        return 0;
      }
      default:
        throw new ConfigurationError(`unknown command '${command}'`);
    }
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof ConfigurationError) {
      process.stderr.write(`salaysay: ${message}\n`);
      return 2;
    }
    process.stderr.write(`salaysay: failed: ${(error as Error).stack ?? message}\n`);
    return 3;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
