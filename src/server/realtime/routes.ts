import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { coversWard } from '../../domain/auth/scope';
import { SESSIONS_TOPIC } from '../auth/session-cache';
import { actorOf } from '../platform/actor';
import type { Subscriber } from './hub';
import { mayWatch } from './topics';

const clientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: z.array(z.string().max(100)).max(50) }),
  z.object({ type: z.literal('unsubscribe'), topics: z.array(z.string().max(100)).max(50) }),
  z.object({ type: z.literal('ping') }),
]);

export const realtimeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/v1/ws', { websocket: true, config: { permission: 'realtime.subscribe' } }, (socket, req) => {
    const actor = actorOf(req);
    const user = actor;
    const hub = app.ctx.hub;
    const subscriber: Subscriber = {
      sees: (wardId) => coversWard(user.scope, wardId),
      send: (event) => {
        if (socket.readyState === socket.OPEN)
          socket.send(JSON.stringify({ type: 'event', topic: event.topic, event }));
      },
    };
    // A changed or disabled account, or an ended session, closes the socket: its scope was decided at connect.
    const watchdog: Subscriber = {
      sees: () => true,
      send: (event) => {
        const ended =
          (event.type === 'user.changed' && event.id === user.id) ||
          (event.type === 'session.ended' && event.id === req.sessionTokenHash);
        if (ended) socket.close(4001, 'session changed');
      },
    };
    hub.subscribe(SESSIONS_TOPIC, watchdog);
    // Messages are handled one after another (a subscription waits for its scope lookup).
    let queue: Promise<void> = Promise.resolve();
    socket.on('message', (raw) => {
      queue = queue.then(() => handle(raw.toString())).catch(() => undefined);
    });
    const handle = async (raw: string) => {
      const parsed = clientMessage.safeParse(safeJson(raw));
      if (!parsed.success) {
        socket.send(JSON.stringify({ type: 'error', code: 'validation_failed' }));
        return;
      }
      const msg = parsed.data;
      if (msg.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
        return;
      }
      const accepted: string[] = [];
      const refused: string[] = [];
      for (const topic of msg.topics) {
        if (msg.type === 'unsubscribe') {
          hub.unsubscribe(topic, subscriber);
          continue;
        }
        const allowed = await mayWatch(app.ctx.access, app.ctx.database.db, actor, topic);
        if (socket.readyState !== socket.OPEN) return;
        if (allowed) {
          hub.subscribe(topic, subscriber);
          accepted.push(topic);
        } else refused.push(topic);
      }
      if (msg.type === 'subscribe')
        socket.send(JSON.stringify({ type: 'subscribed', topics: accepted, refused }));
    };
    socket.on('close', () => {
      hub.unsubscribeAll(subscriber);
      hub.unsubscribe(SESSIONS_TOPIC, watchdog);
    });
  });
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
