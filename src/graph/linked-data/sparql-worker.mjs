// The SPARQL engine's thread: an Oxigraph store (in memory) that answers one message at a time. Plain JavaScript, so
// that it starts the same under tsx, vitest and node. Oxigraph runs queries synchronously; the main thread ends this
// worker when a query runs past its time, which is the only way to stop it.
import { parentPort } from 'node:worker_threads';
import oxigraph from 'oxigraph';

let store = new oxigraph.Store();

parentPort.on('message', (message) => {
  try {
    if (message.type === 'load') {
      const next = new oxigraph.Store();
      next.load(message.ntriples, { format: 'application/n-triples' });
      store = next;
      parentPort.postMessage({ id: message.id, ok: true });
      return;
    }
    const result = store.query(message.query, { results_format: message.format });
    const text = typeof result === 'string' ? result : String(result);
    const bytes = Buffer.byteLength(text);
    if (bytes > message.maxBytes) {
      parentPort.postMessage({ id: message.id, ok: false, tooLarge: bytes });
      return;
    }
    parentPort.postMessage({ id: message.id, ok: true, result: text });
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
