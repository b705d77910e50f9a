// How a capability declares the errors a client can receive: the HTTP status and the message in both
// languages ({name} placeholders take the error's parameters).
export type ErrorDef = { readonly status: number; readonly 'zh-CN': string; readonly 'en-US': string };

export const defineErrors = <const T extends Record<string, ErrorDef>>(errors: T): T => errors;
