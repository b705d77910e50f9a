// The bed statistics over HTTP (床位统计, issue 13 §5): each route declares its permission and contract and
// calls the service. GET /api/v1/beds/statistics is relied on by acceptance checks: keep it stable.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bedCensusQuery,
  bedCensusResponse,
  bedMonthlyQuery,
  bedMonthlyResponse,
  bedStatisticsQuery,
  bedStatisticsResponse,
} from '../../api/beds-statistics';
import { XLSX_TYPE, xlsxDocument } from '../../api/documents';
import { actorOf } from '../platform/actor';
import { sendFile } from '../platform/document-file';
import { BedStatisticsService } from './statistics.service';

export const bedStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const statistics = new BedStatisticsService(app.ctx);

  app.get(
    '/api/v1/beds/statistics',
    {
      config: { permission: 'beds.statistics' },
      schema: {
        tags: ['beds'],
        summary:
          '一个期间、一组病区的床位统计（实际开放/占用总床日数、平均开放病床数、病床使用率、周转次数、平均病床工作日、出院人数、出院者占用总床日数、出院者平均住院日）/ the NHC bed statistics of a period',
        querystring: bedStatisticsQuery,
        response: { 200: bedStatisticsResponse },
      },
    },
    (req) => statistics.statistics(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/beds/statistics/monthly',
    {
      config: { permission: 'beds.statistics' },
      schema: {
        tags: ['beds'],
        summary:
          '逐月各病区床位统计、全科合计与各病区占用率极差 / month by month per ward, the department and the balance of ward occupancies',
        querystring: bedMonthlyQuery,
        response: { 200: bedMonthlyResponse },
      },
    },
    (req) => statistics.monthly(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/beds/statistics/export.xlsx',
    {
      config: { permission: 'beds.statistics' },
      schema: {
        tags: ['beds'],
        summary: '导出病床使用情况月报（Excel）/ the monthly bed statistics report as Excel',
        querystring: bedMonthlyQuery,
        response: { 200: xlsxDocument },
      },
    },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'attachment', await statistics.export(actorOf(req), req.query)),
  );

  app.get(
    '/api/v1/beds/census',
    {
      config: { permission: 'beds.statistics' },
      schema: {
        tags: ['beds'],
        summary: '某日 24 时床位日报：各病区在院人数、加床人数与在床患者 / the midnight census of a date',
        querystring: bedCensusQuery,
        response: { 200: bedCensusResponse },
      },
    },
    (req) => statistics.census(actorOf(req), req.query),
  );
};
