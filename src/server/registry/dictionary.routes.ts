// The coded dictionaries and the staff a case names, over HTTP: each route declares its permission and
// contract and calls one service method. Registered from case.routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DICTIONARY_UPLOAD_CHARS,
  dictionaryImportInput,
  dictionaryImportResult,
  dictionaryPage,
  dictionaryQuery,
  dictionarySummary,
  staffList,
  staffQuery,
  starterInstallResult,
} from '../../api/registry';
import { actorOf } from '../platform/actor';
import { DictionaryService } from './dictionary.service';
import { StaffService } from './staff.service';

export const dictionaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const dictionary = new DictionaryService(app.ctx);
  const staff = new StaffService(app.ctx);

  app.get(
    '/api/v1/dictionary',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '查找诊断/手术编码（编码、拼音首字母或名称）/ look up a diagnosis or procedure code',
        querystring: dictionaryQuery,
        response: { 200: dictionaryPage },
      },
    },
    (req) => dictionary.lookup(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/dictionary/summary',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '字典概况（条目数、来源）/ how many codes each dictionary holds, and from where',
        response: { 200: dictionarySummary },
      },
    },
    (req) => dictionary.summary(actorOf(req)),
  );

  app.post(
    '/api/v1/dictionary/import',
    {
      config: { permission: 'dictionary.manage' },
      // The export's bytes travel as base64 inside JSON: a national edition is a few MB.
      bodyLimit: DICTIONARY_UPLOAD_CHARS + 64 * 1024,
      schema: {
        tags: ['registry'],
        summary:
          '导入 HIS 导出的字典（CSV；有错误行则全部不导入）/ import a HIS export (CSV; any bad row imports nothing)',
        body: dictionaryImportInput,
        response: { 200: dictionaryImportResult },
      },
    },
    (req) => dictionary.import(actorOf(req), req.body),
  );

  app.post(
    '/api/v1/dictionary/starter',
    {
      config: { permission: 'dictionary.manage' },
      schema: {
        tags: ['registry'],
        summary: '载入内置初始字典（不覆盖 HIS 导入的条目）/ install the starter dictionaries',
        response: { 200: starterInstallResult },
      },
    },
    (req) => dictionary.installStarter(actorOf(req)),
  );

  app.get(
    '/api/v1/staff',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '在岗医护人员（按角色，含授权手术级别）/ active staff of a role, with surgical grades',
        querystring: staffQuery,
        response: { 200: staffList },
      },
    },
    (req) => staff.list(actorOf(req), req.query),
  );
};
