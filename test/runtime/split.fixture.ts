// An entry point for test/runtime/bundle.test.ts: code behind a dynamic import() is a chunk.
export async function lazyName(): Promise<string> {
  const { commandName } = await import('./lazy.fixture.js');
  return commandName;
}
