/** A worker module that fails while loading, before it can say it is ready. */
throw new Error('cannot load this worker');
