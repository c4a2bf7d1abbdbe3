import loadHighs, { type Highs } from 'highs';

let runtime: Promise<Highs> | undefined;

/** HiGHS (WebAssembly) is loaded on the first money-capped fair and kept for the life of the process. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}
