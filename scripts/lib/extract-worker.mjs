// The entry of an extraction worker thread (extract-in-parallel.ts). Scripts run as TypeScript
// under tsx, whose loader, given on the command line, does not reach worker threads in Node 20:
// the worker registers it itself before it loads its TypeScript.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./extract-worker.ts', import.meta.url).href);
