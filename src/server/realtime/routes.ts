import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { hasPermission, type Permission } from '../../domain/auth/permissions';
import type { SessionUser } from '../platform/context';
import type { Subscriber } from './hub';

// Topics a client may subscribe to, and the permission each needs.
const TOPICS: { pattern: RegExp; permission: Permission }[] = [
  { pattern: /^board:\d{4}-\d{2}-\d{2}$/, permission: 'case.read' },
  { pattern: /^case:[0-9a-f-]{36}$/, permission: 'case.read' },
  { pattern: /^patient:[0-9a-f-]{36}$/, permission: 'patient.read' },
  { pattern: /^ward:[0-9a-f-]{36}$/, permission: 'observation.read' },
  // A place's monitors (or_room:OR-01, ward_bed:W1/12): the live vitals of whoever is there.
  { pattern: /^(or_room|pacu_bed|ward_bed):[\w\-/]{1,40}$/, permission: 'observation.read' },
];

export const mayWatch = (user: SessionUser, topic: string): boolean =>
  TOPICS.some((t) => t.pattern.test(topic) && hasPermission(user.role, t.permission));

const clientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: z.array(z.string().max(100)).max(50) }),
  z.object({ type: z.literal('unsubscribe'), topics: z.array(z.string().max(100)).max(50) }),
  z.object({ type: z.literal('ping') }),
]);

export const realtimeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/v1/ws', { websocket: true, config: { permission: 'realtime.subscribe' } }, (socket, req) => {
    const user = req.user!;
    const hub = app.ctx.hub;
    const subscriber: Subscriber = {
      send: (event) => {
        if (socket.readyState === socket.OPEN)
          socket.send(JSON.stringify({ type: 'event', topic: event.topic, event }));
      },
    };
    socket.on('message', (raw) => {
      const parsed = clientMessage.safeParse(safeJson(raw.toString()));
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
        if (mayWatch(user, topic)) {
          hub.subscribe(topic, subscriber);
          accepted.push(topic);
        } else refused.push(topic);
      }
      if (msg.type === 'subscribe')
        socket.send(JSON.stringify({ type: 'subscribed', topics: accepted, refused }));
    });
    socket.on('close', () => hub.unsubscribeAll(subscriber));
  });
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
