// Worker entry when the bundle cannot be built: a worker thread does not inherit the main
// thread's tsx loader (module hooks are per thread), so register it before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./hit-worker.ts');
