// Route schemas must come from the same zod the stack validates with; re-exported so
// handlers and tests outside this package do not need their own copy.
export { z } from 'zod';
export {
  type Access,
  anyDepartment,
  departmentOrOffice,
  departmentOrSelf,
  officeOnly,
  officeOrDepartment,
  ownDepartment,
} from './access';
export { type Actor, actorFromEvent, parseGroups } from './claims';
export {
  type ErrorBody,
  type FieldIssue,
  JSON_CONTENT_TYPE,
  jsonResult,
  mapError,
  RequestError,
} from './errors';
export {
  created,
  type HttpReply,
  type HttpRequest,
  httpHandler,
  type JsonHttpOptions,
  LAMBDA_RESPONSE_LIMIT,
  noContent,
  ok,
  type RawHttpOptions,
  seeOther,
} from './http-handler';
export { createLogger, type Logger, type LogLevel, logger } from './logger';
export type {
  AuthMode,
  HttpEvent,
  HttpEventHandler,
  HttpRequestContext,
  HttpResult,
  LambdaContext,
} from './types';
export { issuesToFields, type RequestPart } from './validation';
