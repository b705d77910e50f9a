// `npm run user -- add --username NAME --role ROLE --display-name TEXT`: creates an account on a
// database without the demo data. The password comes from standard input (asked twice, unseen, on a
// terminal); the database is the one the server would open, migrated first. The owner must change
// the password at first login, as for an account an administrator creates in the web app.

import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FIELD_MESSAGES } from '../../api/field-messages';
import { usernameSchema } from '../../api/platform';
import { insertAudit } from '../../db/platform/audit.repo';
import { MIN_PASSWORD_LENGTH } from '../../domain/auth/password-policy';
import { ROLES } from '../../domain/auth/permissions';
import { DEPARTMENT } from '../../domain/auth/scope';
import { singleLineText } from '../../domain/common/text';
import { defaultPolicy, readPolicy } from '../auth/security-policy';
import { loadConfig } from '../config';
import { AppError } from '../errors/app-error';
import { localise } from '../errors/messages';
import { openConfiguredDatabase } from '../platform/database';
import { createUser, requireStrongPassword } from './create-user';

const USAGE = `用法 / usage:
  npm run user -- add --username NAME --role ROLE --display-name TEXT
  密码从标准输入读取 / the password is read from standard input
  角色 / roles: ${ROLES.join(', ')}`;

const addArgs = z.object({ username: usernameSchema, role: z.enum(ROLES), displayName: singleLineText(50) });

const fail = (message: string, code = 1): number => {
  console.error(message);
  return code;
};

/** Who ran the command, for the audit row; a container may have no name for its user. */
const osUser = (): string | null => {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
};

const bilingual = (e: AppError): string =>
  `${localise(e.code, 'zh-CN', e.params)} / ${localise(e.code, 'en-US', e.params)}`;

/** One line from a terminal, not echoed. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n') {
          finish();
          return resolve(typed);
        }
        if (c === '\u0003' || c === '\u0004') {
          finish();
          return reject(new Error('已取消 / cancelled'));
        }
        typed = c === '\u007f' || c === '\b' ? [...typed].slice(0, -1).join('') : typed + c;
      }
    };
    input.on('data', onData);
  });
}

/** The password: typed twice on a terminal, else all of standard input less one final line break. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('密码 / password: ');
    const again = await promptHidden('再次输入 / again: ');
    if (first !== again) throw new Error('两次输入的密码不一致 / the two passwords differ');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (/[\r\n]/.test(text)) throw new Error('密码须为一行 / the password must be a single line');
  return text;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

const issueLine = (issue: z.core.$ZodIssue, given: Record<string, unknown>): string => {
  const field = String(issue.path[0]);
  const custom = FIELD_MESSAGES[issue.message];
  const text =
    given[field] === undefined
      ? '缺少此参数 / missing'
      : custom
        ? `${custom['zh-CN']} / ${custom['en-US']}`
        : field === 'role'
          ? '未知角色 / unknown role'
          : issue.message;
  return `  --${field === 'displayName' ? 'display-name' : field}: ${text}`;
};

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (e) {
    return fail(`参数有误 / ${(e as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'add') return fail(USAGE, 2);
  const given = { username: values.username, role: values.role, displayName: values['display-name'] };
  const parsed = addArgs.safeParse(given);
  if (!parsed.success)
    return fail(`${parsed.error.issues.map((i) => issueLine(i, given)).join('\n')}\n${USAGE}`, 2);
  const args = parsed.data;
  const password = await readPassword();
  // Refused before the database is opened, so that a weak password leaves no trace.
  requireStrongPassword(password, args.username, MIN_PASSWORD_LENGTH);

  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const now = new Date();
    // The security administrator may have raised the minimum length since.
    const { minPasswordLength } = await readPolicy(database.db, defaultPolicy(config));
    const row = await database.db.transaction(async (tx) => {
      const created = await createUser(
        tx,
        { ...args, scope: DEPARTMENT, password },
        { by: null, now, minPasswordLength },
      );
      await insertAudit(tx, {
        at: now,
        action: 'create',
        resourceType: 'user',
        resourceId: created.id,
        outcome: 'success',
        detail: { via: 'cli', username: created.username, role: created.role, osUser: osUser() },
      });
      return created;
    });
    console.log(
      `已创建用户 ${row.username}（${row.displayName}，${row.role}），首次登录须修改密码 / ` +
        `created user ${row.username} (${row.displayName}, ${row.role}); the password must be changed at first login`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.exitCode = fail(e instanceof AppError ? bilingual(e) : e instanceof Error ? e.message : String(e));
}
