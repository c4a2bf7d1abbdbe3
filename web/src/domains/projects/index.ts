// The projects pages' public face (the router loads the pages lazily by path).
export { projectsEn, projectsZh } from './messages';
