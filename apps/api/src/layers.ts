/**
 * The import rule of the API's folders, as data: each folder's layer, lowest first. A file may
 * import its own folder and lower layers; a feature may reach another feature only through a
 * slice's glue (`*.command.ts`), the one way into a use case. Files at the top (app.module,
 * use-cases, access-table) and demo/ compose everything.
 */
const LAYER_OF_FOLDER: Readonly<Record<string, number>> = {
  common: 0,
  config: 0,
  auth: 1,
  // Below graphql/ (read scopes use it) and every feature (audit verifies through it).
  'heavy-reads': 1,
  graphql: 2,
  slice: 3,
  demo: 5,
};
const FEATURE = 4;
const TOP = 5;

export interface Import {
  /** Path of the importing file, relative to apps/api/src, e.g. "actions/action.resolver.ts". */
  from: string;
  /** Path of the imported module, relative to apps/api/src, without extension. */
  to: string;
}

function folderOf(path: string): string | null {
  const slash = path.indexOf('/');
  return slash === -1 ? null : path.slice(0, slash);
}

function layerOf(path: string): number {
  const folder = folderOf(path);
  if (folder === null) return TOP;
  return LAYER_OF_FOLDER[folder] ?? FEATURE;
}

/** Every import that climbs a layer or steps sideways into another feature's internals. */
export function importsAgainstTheLayers(imports: Import[]): string[] {
  return imports
    .filter(({ from, to }) => {
      const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
      if (toLayer > fromLayer) return true;
      const sideways = fromLayer === FEATURE && toLayer === FEATURE && folderOf(from) !== folderOf(to);
      return sideways && !to.endsWith('.command');
    })
    .map(({ from, to }) => `${from} imports ${to}`);
}
