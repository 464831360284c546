import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { unreachableDependency } from './dependency-outage';

const grpcError = (code: number) => Object.assign(new Error(`${code} grpc`), { code, details: 'x', metadata: {} });
const systemError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5433`), { code });

describe('unreachableDependency', () => {
  it('names Temporal for an unavailable or silent server, however deep the gRPC error is wrapped', () => {
    expect(unreachableDependency(grpcError(14))).toBe('temporal');
    expect(unreachableDependency(new ServiceError('Failed to start workflow', { cause: grpcError(4) }))).toBe('temporal');
    expect(unreachableDependency(new Error('update failed', { cause: new ServiceError('x', { cause: grpcError(14) }) }))).toBe('temporal');
  });

  it("names Temporal for an action's Update given up at its deadline, reported DEADLINE_EXCEEDED or CANCELLED", () => {
    for (const code of [4, 1]) {
      expect(unreachableDependency(new WorkflowUpdateRPCTimeoutOrCancelledError('Call cancelled', { cause: grpcError(code) }))).toBe('temporal');
    }
  });

  it('names Temporal for a limit it hit (RESOURCE_EXHAUSTED): the same request later is taken', () => {
    expect(unreachableDependency(new ServiceError('x', { cause: grpcError(8) }))).toBe('temporal');
  });

  it('does not call a refused request an outage', () => {
    expect(unreachableDependency(grpcError(9))).toBeNull(); // FAILED_PRECONDITION without WorkflowNotReadyFailure (test/infra/temporal-not-now.spec.ts has it)
    expect(unreachableDependency(grpcError(3))).toBeNull(); // INVALID_ARGUMENT
    expect(unreachableDependency(grpcError(5))).toBeNull(); // NOT_FOUND
    expect(unreachableDependency(new Error('boom'))).toBeNull();
    expect(unreachableDependency(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
    expect(unreachableDependency(undefined)).toBeNull();
  });

  it('names the database for a refused socket, a lost connection, a pool timeout or a shutting-down server', () => {
    expect(unreachableDependency(new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')]))).toBe('database');
    expect(unreachableDependency(new Error('Connection terminated unexpectedly'))).toBe('database');
    expect(unreachableDependency(new Error('timeout exceeded when trying to connect'))).toBe('database');
    // TypeORM's QueryFailedError keeps the driver's error aside.
    expect(unreachableDependency(Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }))).toBe('database');
    expect(unreachableDependency(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe('database');
    expect(unreachableDependency(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe('database');
  });

  it('survives a cause cycle', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = new Error('b', { cause: a });
    expect(unreachableDependency(a)).toBeNull();
  });
});
