// What a printed document route answers: the PDF's bytes, not JSON (the OpenAPI document says so).
import { z } from 'zod';

export const pdfDocument = z.custom<Uint8Array>((v) => v instanceof Uint8Array).describe('application/pdf');
