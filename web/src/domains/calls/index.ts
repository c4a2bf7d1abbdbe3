// The calls domain's web face: pages are lazy-loaded by the router.
export { callsZh, callsEn } from './messages';
