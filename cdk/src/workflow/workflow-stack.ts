import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { AuditStorage } from '../audit-storage';
import { AuditLogSequencer } from './audit-log-sequencer';
import { ChangeResumer } from './change-resumer';
import { InspectionWorkflow } from './inspection-workflow';

export interface WorkflowStackProps extends StackProps {
  readonly table: ITable;
  readonly blobs: IBucket;
  /** the audit table and the checkpoint key: the state functions append, the sequencer signs */
  readonly audit?: AuditStorage;
  readonly logRetention?: RetentionDays;
}

/** The inspection state machine and its state functions. */
export class WorkflowStack extends Stack {
  readonly workflow: InspectionWorkflow;
  /** the audit log's scheduled sequencer, when the app has an audit table */
  readonly sequencer?: AuditLogSequencer;
  /** completes, every five minutes, the changes a crash left open */
  readonly resumer: ChangeResumer;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    this.workflow = new InspectionWorkflow(this, 'Inspection', {
      table: props.table,
      blobs: props.blobs,
      ...(props.audit ? { audit: props.audit } : {}),
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
    });
    if (props.audit)
      this.sequencer = new AuditLogSequencer(this, 'AuditLogSequencer', {
        table: props.table,
        blobs: props.blobs,
        audit: props.audit,
        ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      });
    this.resumer = new ChangeResumer(this, 'ChangeResumer', {
      table: props.table,
      blobs: props.blobs,
      ...(props.audit ? { audit: props.audit } : {}),
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
    });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
  }

  /**
   * Lets an API function start executions and settle waits: `STATE_MACHINE_ARN` in its
   * environment, and the three calls on this state machine only.
   */
  grantDriving(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    const sm = this.workflow.stateMachine;
    sm.grantStartExecution(fn);
    sm.grantTaskResponse(fn);
    fn.addEnvironment('STATE_MACHINE_ARN', sm.stateMachineArn);
  }
}
