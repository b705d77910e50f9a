// The schema layer of every route: first no string a client sends may hold a character that is not
// text (NUL, other C0 controls, unpaired surrogates — PostgreSQL refuses them), then the route's zod schema.
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { nonTextPaths } from '../../domain/common/text';
import { AppError } from './app-error';

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
    return validate(data);
  };
};
