export {
  buildConsole,
  CONSOLE_DIST,
  type ConsoleAuthConfig,
  type ConsoleClaims,
  type ConsoleConfig,
  ensureConsole,
} from './build';
