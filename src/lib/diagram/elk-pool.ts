import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * ELK layouts on a worker thread, so that laying out diagrams (a fifth of a cold build at 10,000
 * papers, all on the main thread before) runs beside page rendering on another core. The worker
 * runs elkjs's bundled build and nothing else; graphs go in and layouts come out as plain data.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elk);
const elk = new ELK();
parentPort.on('message', ({ id, graph }) => {
  elk.layout(graph).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
`;

interface Pending {
  resolve: (layout: ElkNode) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function startWorker(): Worker | null {
  // One core renders pages; a machine with a single core gains nothing from a second thread.
  if (availableParallelism() < 2) return null;
  try {
    const elk = createRequire(join(process.cwd(), 'package.json')).resolve('elkjs/lib/elk.bundled.js');
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { elk } });
    started.on('message', ({ id, result, error }: { id: number; result?: ElkNode; error?: string }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) started.unref();
      if (error !== undefined) waiting?.reject(new Error(`layout: ${error}`));
      else waiting?.resolve(result as ElkNode);
    });
    started.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null;
    });
    started.unref();
    return started;
  } catch {
    return null;
  }
}

/** Lays a graph out on the worker thread, or returns null when there is none (one core, or it failed to start). */
export function layoutOnWorker(graph: ElkNode): Promise<ElkNode> | null {
  if (worker === undefined) worker = startWorker();
  if (worker === null) return null;
  const id = nextId++;
  const running = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.ref();
    running.postMessage({ id, graph });
  });
}
