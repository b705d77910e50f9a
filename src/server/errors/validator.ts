// The schema layer of every route: first no string a client sends may hold a character that is not
// text (NUL, other C0 controls, unpaired surrogates — PostgreSQL refuses them), then the route's zod schema,
// whose refusal of a value left out reads 必填 / Required instead of the type zod expected.
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { isRequiredMiss, REQUIRED } from '../../domain/common/field-messages';
import { nonTextPaths } from '../../domain/common/text';
import { AppError } from './app-error';

/** The path, from the JSON pointer the zod compiler gives it (`/a/0/b`). */
const pathOf = (error: FastifySchemaValidationError): string[] =>
  error.instancePath.split('/').filter(Boolean);

export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  // Body paths are named from the body's root, the others under their part (as the zod errors are).
  const prefix = route.httpPart === 'body' || !route.httpPart ? [] : [route.httpPart];
  return (data) => {
    const paths = nonTextPaths(data, prefix);
    if (paths.length > 0) {
      return {
        error: new AppError(
          'validation_failed',
          {},
          paths.map((path) => ({ path, message: 'text.control_characters' })),
        ),
      };
    }
    const result = validate(data);
    if (typeof result === 'object' && 'error' in result && Array.isArray(result.error)) {
      for (const error of result.error) {
        if (isRequiredMiss({ code: error.keyword, path: pathOf(error) }, data)) error.message = REQUIRED;
      }
    }
    return result;
  };
};
