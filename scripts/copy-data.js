// Copies the data files of pipeline/ (language folders, gazetteer) next to the build in
// dist/pipeline/, where the compiled modules read them.
import { cpSync } from 'node:fs';

cpSync('pipeline', 'dist/pipeline', {
  recursive: true,
  filter: (source) => !/\.[cm]?ts$/.test(source),
});
