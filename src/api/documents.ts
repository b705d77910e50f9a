// What a printed document route answers: the PDF's bytes, not JSON (the OpenAPI document says so).
import { z } from 'zod';

export const pdfDocument = z.custom<Uint8Array>((v) => v instanceof Uint8Array).describe('application/pdf');

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An exported Excel workbook's bytes. */
export const xlsxDocument = z.custom<Uint8Array>((v) => v instanceof Uint8Array).describe(XLSX_TYPE);
