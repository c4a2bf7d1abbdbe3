export { registryZh, registryEn } from './messages';
