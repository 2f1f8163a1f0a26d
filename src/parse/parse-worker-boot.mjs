// Worker entry: a worker thread does not inherit the main thread's tsx loader (module hooks are
// per thread), so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
