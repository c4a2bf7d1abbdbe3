import { AuditLogPage } from './AuditLogPage';

/** 登录日志. */
export default function LoginLogPage() {
  return <AuditLogPage kind="logins" />;
}
