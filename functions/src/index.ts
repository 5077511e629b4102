export * from './composition';
export * from './config';
export { handler as healthHandler } from './http/health.handler';
export * from './http/middleware';
export { type HttpMethod, type RouteDefinition, type RouteTable, routes } from './http/routes';
