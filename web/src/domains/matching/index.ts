// The matching slice's public face: the needs pages embed the candidates panel.
export { CandidatesPanel } from './CandidatesPanel';
