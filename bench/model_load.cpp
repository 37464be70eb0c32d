// Model load benchmark: runs each program to the end in a Session, then
// times what the app does on opening the trace: building the ModelIndex over
// every event (the head state plus keyframes), and random seeks.
//
//   build/bench/bench_model_load bench/semaphore_workers.py [more.py ...]
//
// Prints one line per program: events, load seconds, keyframes, mean seek
// milliseconds.  Not part of CI: the figures depend on the machine.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "model/model_index.h"
#include "session.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: bench_model_load PROGRAM.py [...]\n", stderr);
    return 2;
  }
  std::printf("%-28s %10s %10s %10s %10s\n", "program", "events", "load s", "keyframes", "seek ms");
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i]);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 1;
    }
    std::stringstream src;
    src << in.rdbuf();
    sandbox::Session session;
    sandbox::SessionOptions options;
    options.filename = argv[i];
    if (!session.load(src.str(), options)) {
      std::fprintf(stderr, "%s does not compile\n", argv[i]);
      return 1;
    }
    session.run_to_end();
    const sandbox::trace::Trace& trace = session.trace();

    auto t0 = std::chrono::steady_clock::now();
    sandbox::model::ModelIndex index(trace);
    index.sync();
    double load = seconds_since(t0);

    // Seeks spread over the trace (a fixed stride, so runs are comparable).
    const int seeks = 20;
    auto t1 = std::chrono::steady_clock::now();
    for (int k = 0; k < seeks; ++k) index.model_at(trace.size() * uint64_t(2 * k + 1) / uint64_t(2 * seeks));
    double seek_ms = seconds_since(t1) * 1000.0 / seeks;

    std::string name = argv[i];
    name = name.substr(name.find_last_of('/') + 1);
    std::printf("%-28s %10llu %10.3f %10zu %10.2f\n", name.c_str(), static_cast<unsigned long long>(trace.size()),
                load, index.keyframe_count(), seek_ms);
  }
  return 0;
}
