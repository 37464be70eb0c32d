// asyncio-sandbox: subcommand dispatch.  Filled in by the CLI work (app/cli/).
#include <cstdio>

int main() {
  std::fputs("usage: asyncio-sandbox run|trace|list ...\n", stderr);
  return 2;
}
