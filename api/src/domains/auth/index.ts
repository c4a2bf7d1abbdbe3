// The auth slice's public face.
export { authRoutes } from './auth.routes.js';
export { resolveSession, hashToken } from './auth.service.js';
export { hashPassword } from './password.js';
export { IpThrottle } from './login-throttle.js';
export { insertUser, findUserByUsername } from './auth.repository.js';
export { users, sessions } from './auth.table.js';
