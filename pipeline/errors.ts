/**
 * An error in what the caller asked for (an unknown language, a missing sources folder, an
 * unreadable config or corrections file), as opposed to a failure of the pipeline: the
 * command line answers it with a usage message and exit code 2.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
