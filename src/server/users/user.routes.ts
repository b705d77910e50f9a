// Accounts over HTTP (三员分立): each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  passwordResetInput,
  roleAssignInput,
  userCreateInput,
  userListSchema,
  userSchema,
  userUpdateInput,
} from '../../api/platform';
import { surgicalGradeInput, surgicalGradeList, surgicalGradeSchema } from '../../api/registry';
import { actorOf } from '../platform/actor';
import { UserService } from './user.service';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const users = new UserService(app.ctx);

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user.read' },
      schema: { tags: ['admin'], summary: '用户列表 / users', response: { 200: userListSchema } },
    },
    (req) => users.list(actorOf(req)),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary:
          '新建账户（角色由安全管理员分配）/ create an account; the security administrator gives it a role',
        body: userCreateInput,
        response: { 201: userSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await users.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary: '修改姓名、停用或启用账户 / rename, disable or enable an account',
        params: idParams,
        body: userUpdateInput,
        response: { 200: userSchema },
      },
    },
    (req) => users.update(actorOf(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/users/:id/role',
    {
      config: { permission: 'role.assign' },
      schema: {
        tags: ['admin'],
        summary: '分配角色与病区（安全管理员）/ give an account its role and wards (security administrator)',
        params: idParams,
        body: roleAssignInput,
        response: { 200: userSchema },
      },
    },
    (req) => users.assignRole(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/users/surgical-grades',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['admin'],
        summary: '外科医师的授权手术级别 / the surgeons and their authorised surgical grades',
        response: { 200: surgicalGradeList },
      },
    },
    (req) => users.surgicalGrades(actorOf(req)),
  );

  app.put(
    '/api/v1/users/:id/surgical-grade',
    {
      config: { permission: 'role.assign' },
      schema: {
        tags: ['admin'],
        summary:
          '授权手术级别（安全管理员；空为未授权主刀）/ set the grade a surgeon may operate up to (security administrator)',
        params: idParams,
        body: surgicalGradeInput,
        response: { 200: surgicalGradeSchema },
      },
    },
    (req) => users.setSurgicalGrade(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary: '重置密码（用户下次登录须修改）/ reset a password; the user must change it at next login',
        params: idParams,
        body: passwordResetInput,
        response: { 200: userSchema },
      },
    },
    (req) => users.resetPassword(actorOf(req), req.params.id, req.body),
  );
};
