// Replays fuzz inputs through the same path as the libFuzzer target, without
// libFuzzer: every file named (or every file in a folder named) is run once.
// The normal build runs it over tests/fuzz/regressions, so each crash the
// fuzzer ever found stays fixed in every build (Release, sanitizers).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_one.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    fs::path p = argv[i];
    if (fs::is_directory(p)) {
      for (const auto& e : fs::directory_iterator(p))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    } else {
      files.push_back(p);
    }
  }
  // Sorted: the log reads the same on every machine.
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fputs("fuzz_replay: no input files\n", stderr);
    return 1;
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz_replay: cannot read %s\n", f.c_str());
      return 1;
    }
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::printf("%s\n", f.filename().c_str());
    std::fflush(stdout);
    sandbox::fuzz::run_one(reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  std::printf("%zu passed, 0 failed\n", files.size());
  return 0;
}
