// Quality control over HTTP (质控): each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pdfDocument, XLSX_TYPE, xlsxDocument } from '../../api/documents';
import { importIdParams } from '../../api/interop-history';
import {
  codeParams,
  episodeResponse,
  indicatorCasesQuery,
  indicatorCasesResponse,
  indicatorsQuery,
  indicatorsResponse,
  kpisQuery,
  kpisResponse,
  reportQuery,
  staffingInput,
  staffingResponse,
  trendQuery,
  trendResponse,
  yearParams,
} from '../../api/quality';
import { actorOf } from '../platform/actor';
import { sendFile } from '../platform/document-file';
import { QualityExportService } from './export.service';
import { QualityIndicatorService } from './indicator.service';
import { QualityKpiService } from './kpi.service';
import { QualityStaffingService } from './staffing-episode.service';

export const qualityRoutes: FastifyPluginAsyncZod = async (app) => {
  const indicators = new QualityIndicatorService(app.ctx);
  const kpis = new QualityKpiService(app.ctx);
  const staffing = new QualityStaffingService(app.ctx);
  const exports = new QualityExportService(app.ctx);

  app.get(
    '/api/v1/quality/indicators',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary: '一个期间的麻醉质控指标（2022 版 26 项或 2015 版 17 项）/ the QC indicators of a period',
        querystring: indicatorsQuery,
        response: { 200: indicatorsResponse },
      },
    },
    (req) => indicators.indicators(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/quality/indicators/trend',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary: '各指标近 12 个月的值 / each indicator over the 12 months ending with a month',
        querystring: trendQuery,
        response: { 200: trendResponse },
      },
    },
    (req) => indicators.trend(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/quality/indicators/:code/cases',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary:
          '指标某一项（分子、分母、缺失、无法归类、排除）的病例 / the cases behind one term of an indicator',
        params: codeParams,
        querystring: indicatorCasesQuery,
        response: { 200: indicatorCasesResponse },
      },
    },
    (req) => indicators.cases(actorOf(req), req.params.code, req.query),
  );

  app.get(
    '/api/v1/quality/kpis',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary:
          '科室指标（手术量、四级手术、微创、外省、28 天死亡、CD≥III、床位使用率、平均住院日）/ department KPIs',
        querystring: kpisQuery,
        response: { 200: kpisResponse },
      },
    },
    (req) => kpis.kpis(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/quality/staffing/:year',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary: '某年人员配置（比值类指标）/ a year’s head-counts for the ratio indicators',
        params: yearParams,
        response: { 200: staffingResponse },
      },
    },
    (req) => staffing.get(actorOf(req), req.params.year),
  );

  app.put(
    '/api/v1/quality/staffing/:year',
    {
      config: { permission: 'quality.staffing' },
      schema: {
        tags: ['quality'],
        summary: '录入某年人员配置（七类人员）/ enter a year’s head-counts (all seven categories)',
        params: yearParams,
        body: staffingInput,
        response: { 200: staffingResponse },
      },
    },
    (req) => staffing.put(actorOf(req), req.params.year, req.body),
  );

  app.get(
    '/api/v1/quality/episodes/:id',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary:
          '一条导入的历史病例及其在各指标中的归属 / an imported episode and where it stands in each indicator',
        params: importIdParams,
        response: { 200: episodeResponse },
      },
    },
    (req) => staffing.episode(actorOf(req), req.params.id),
  );

  app.get(
    '/api/v1/quality/indicators.xlsx',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary:
          '导出指标表（Excel，国家质控上报格式：编号、名称、分子、分母、指标值）/ the indicator table as Excel',
        querystring: indicatorsQuery,
        response: { 200: xlsxDocument },
      },
    },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'attachment', await exports.indicatorTable(actorOf(req), req.query)),
  );

  app.get(
    '/api/v1/quality/indicators/:code/cases.xlsx',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary: '导出指标明细病例（Excel）/ the cases behind one term of an indicator as Excel',
        params: codeParams,
        querystring: indicatorCasesQuery,
        response: { 200: xlsxDocument },
      },
    },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'attachment', await exports.cases(actorOf(req), req.params.code, req.query)),
  );

  app.get(
    '/api/v1/quality/report.pdf',
    {
      config: { permission: 'quality.read' },
      schema: {
        tags: ['quality'],
        summary: '月度麻醉质控报告（PDF，含趋势图与科室指标）/ the monthly QC report as PDF',
        querystring: reportQuery,
        response: { 200: pdfDocument },
      },
    },
    async (req, reply) =>
      sendFile(reply, 'application/pdf', 'inline', await exports.monthlyReport(actorOf(req), req.query)),
  );
};
