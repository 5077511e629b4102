import { App } from 'aws-cdk-lib';
import { ensureConsole } from '../../packages/console/src';
import { ensureSite } from '../../packages/site/src';
import { buildApp } from '../src/app';

// The site stack uploads the built page: rebuilt here when missing or older than its sources
// (about 0.2 s), so a deployment never ships a stale page.
const siteDir = await ensureSite();
// and the staff console, deployed under console/ of the same bucket
const consoleDir = await ensureConsole();
buildApp(new App(), { siteDir, consoleDir });
