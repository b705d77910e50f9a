// The security policy over HTTP (安全管理员).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { policySchema, policyUpdate } from '../../api/platform';
import { actorOf } from '../platform/actor';
import { SecurityPolicyService } from './security-policy.service';

export const securityPolicyRoutes: FastifyPluginAsyncZod = async (app) => {
  const policy = new SecurityPolicyService(app.ctx);

  app.get(
    '/api/v1/security/policy',
    {
      config: { permission: 'security.policy' },
      schema: {
        tags: ['admin'],
        summary: '安全策略：密码长度、登录失败锁定、会话超时 / password, lock-out and session policy',
        response: { 200: policySchema },
      },
    },
    (req) => policy.get(actorOf(req)),
  );

  app.put(
    '/api/v1/security/policy',
    {
      config: { permission: 'security.policy' },
      schema: {
        tags: ['admin'],
        summary: '修改安全策略（需携带版本号）/ change the security policy with the version read',
        body: policyUpdate,
        response: { 200: policySchema },
      },
    },
    (req) => policy.save(actorOf(req), req.body),
  );
};
