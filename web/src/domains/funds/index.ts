// The funds pages (public disclosure); routes in app/router.tsx.
export { fundsZh, fundsEn } from './messages';
