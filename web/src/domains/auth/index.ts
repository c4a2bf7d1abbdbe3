// The auth slice's public face: other domains and the app shell use the session through these only.
export { useCan, useChangePassword, useLogin, useLogout, useMe, useSession, bridgeAuthProblems, ME_KEY, SessionContext } from './session';
