import { INDEX_CALLBACK, type IndexLoader } from '../shared/index-format';

/** Loads waiting for a file of the atlas index, by the file's address: the key each expects, and how to answer. */
const waitingFor = new Map<string, Array<{ key: string; resolve: (payload: unknown) => void }>>();

/** Stops the loads of an address that `matches` picks, and returns them. */
function takeWaiting(
  address: string,
  matches: (entry: { key: string }) => boolean,
): Array<{ key: string; resolve: (payload: unknown) => void }> {
  const waiting = waitingFor.get(address) ?? [];
  const rest = waiting.filter((entry) => !matches(entry));
  if (rest.length > 0) waitingFor.set(address, rest);
  else waitingFor.delete(address);
  return waiting.filter(matches);
}

/**
 * Loads a file of the atlas index with a script element, which works from disk too. Each file
 * calls `atlasIndex(key, payload)` as it runs; the call answers the loads of that script's address
 * that expect that key (two builds' files may share a key, never an address). There is one
 * callback for the page, however many searches load files.
 */
export function loadIndexScript(root: URL): IndexLoader {
  const global = window as unknown as Record<string, unknown>;
  global[INDEX_CALLBACK] ??= (key: string, payload: unknown) => {
    const address = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
    for (const entry of takeWaiting(address, (waiting) => waiting.key === key)) entry.resolve(payload);
  };
  return (key, path) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(path, root).href;
      const entry = { key, resolve };
      waitingFor.set(script.src, [...(waitingFor.get(script.src) ?? []), entry]);
      /** Stops waiting; false if the file had answered already. */
      const stopWaiting = () => takeWaiting(script.src, (waiting) => waiting === entry).length > 0;
      script.onload = () => {
        script.remove();
        // A file that ran but did not answer is not the index file it should be.
        if (stopWaiting()) reject(new Error(`${path} is not a file of this search index: rebuild the site`));
      };
      script.onerror = () => {
        script.remove();
        stopWaiting();
        reject(new Error(`could not load ${script.src}`));
      };
      document.head.append(script);
    });
}
