// The needs slice's public face for the app shell.
export { ProcessTimeline } from './Timeline';
