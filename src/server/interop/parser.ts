// Device messages parsed off the main thread: a worker thread reads them in the order they come (a
// burst that arrived together goes over in one hand-off). The worker starts with the parser; until it
// says it is ready (it compiles its TypeScript first), and should it be unavailable, messages are read
// here instead. Nothing about a message's meaning changes: the same extractObservations runs.
import { Worker } from 'node:worker_threads';
import { type Extracted, extractObservations } from '../../domain/interop/extract';
import type { ParseRequest } from './parse-worker';

type Waiting = { resolve: (e: Extracted) => void; request: ParseRequest };

export class MessageParser {
  private worker: Worker | null = null;
  private ready = false;
  private failed = false;
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();
  private outbox: ParseRequest[] = [];

  constructor(private readonly siteZone: string) {
    this.ensureWorker();
  }

  parse(text: string, receivedAt: Date): Promise<Extracted> {
    const request = { id: this.seq++, text, siteZone: this.siteZone, receivedAt: receivedAt.getTime() };
    const worker = this.ensureWorker();
    if (!worker || !this.ready) return Promise.resolve(this.here(request));
    return new Promise((resolve) => {
      this.waiting.set(request.id, { resolve, request });
      // Messages that arrive in the same tick cross to the worker together.
      if (this.outbox.push(request) === 1)
        queueMicrotask(() => {
          const batch = this.outbox;
          this.outbox = [];
          worker.postMessage(batch);
        });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private here(r: ParseRequest): Extracted {
    return extractObservations(r.text, { siteZone: r.siteZone, receivedAt: new Date(r.receivedAt) });
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      // The worker loads the TypeScript source through tsx, as the server itself runs.
      const entry = JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href);
      const worker = new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`,
        { eval: true },
      );
      worker.unref();
      worker.on('message', (results: { id: number; e: Extracted }[] | 'ready') => {
        if (results === 'ready') {
          this.ready = true;
          return;
        }
        for (const { id, e } of results) {
          this.waiting.get(id)?.resolve(e);
          this.waiting.delete(id);
        }
      });
      // A worker that cannot run: everything waiting, and everything after, is read here.
      worker.on('error', () => this.fallBack());
      worker.on('exit', () => this.fallBack());
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private fallBack(): void {
    this.failed = true;
    this.ready = false;
    this.worker = null;
    for (const [id, w] of this.waiting) {
      w.resolve(this.here(w.request));
      this.waiting.delete(id);
    }
  }
}
