// How the built web app is sent: the `.br`/`.gz` written beside each file at build time (vite.config.ts)
// chosen by the browser's Accept-Encoding; hashed assets cached for a year as immutable; the index page
// (and anything else unhashed) revalidated on every load, so a new release is picked up at once.
import { relative, sep } from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite puts every file whose name carries its content hash under assets/. */
const isHashedAsset = (root: string, path: string): boolean =>
  relative(root, path).startsWith(`assets${sep}`);

export const webStaticOptions = (root: string): FastifyStaticOptions => ({
  root,
  wildcard: false,
  preCompressed: true,
  // The compressed siblings are variants of their file, not addresses of their own.
  globIgnore: ['**/*.br', '**/*.gz'],
  cacheControl: false,
  setHeaders: (reply, path) => {
    reply.header('cache-control', isHashedAsset(root, path) ? IMMUTABLE : REVALIDATE);
  },
});
