import { App } from 'aws-cdk-lib';
import { buildApp } from '../src/app';

buildApp(new App());
