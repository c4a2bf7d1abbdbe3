import { AuditLogPage } from './AuditLogPage';

/** 操作日志. */
export default function OperationLogPage() {
  return <AuditLogPage kind="operations" />;
}
