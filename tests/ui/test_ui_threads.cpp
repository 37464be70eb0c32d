// UI over the real engine: the to_thread scenario shows a lane per worker
// thread, and the narration of a worker's time.sleep says the loop is free.
#include "ui_harness.h"

#include "narrate.h"
#include "scenarios.h"

using namespace sandbox::gui;

TEST_CASE("real session: to_thread's workers get lanes; their sleep is narrated in EN and 中文") {
  HeadlessUi ui{1600, 960};
  Settings s;
  s.lang = Lang::En;
  auto app = std::make_unique<App>(s, std::string(SANDBOX_SOURCE_DIR) + "/scenarios");
  const Scenario* sc = nullptr;
  for (const Scenario& x : app->scenarios)
    if (x.file.rfind("13_", 0) == 0) sc = &x;
  REQUIRE(sc);
  REQUIRE(app->open_file(sc->path));
  ui.frame(*app);
  ui.press(*app, GLFW_KEY_END);
  REQUIRE(app->doc.finished());

  const TraceIndex& idx = app->doc.index();
  std::vector<const TaskLane*> threads;
  for (const TaskLane& t : idx.tasks())
    if (t.coro == "worker thread") threads.push_back(&t);
  // Three pool workers, then the thread of asyncio.run's
  // shutdown_default_executor.
  REQUIRE(threads.size() == 4);
  CHECK(threads[0]->name == "thread asyncio_0");
  CHECK(threads[2]->name == "thread asyncio_2");
  CHECK(threads[3]->name == "thread Thread-1 (_do_shutdown)");
  // Each sleeps (a timer wait) while the loop runs the spinner.
  bool slept = false;
  for (const Segment& g : threads[0]->segs) slept |= g.state == LaneState::Waiting && g.wait == sandbox::trace::WaitKind::Timer;
  CHECK(slept);

  // The first worker's time.sleep.
  const TraceSource& src = *app->doc.source();
  uint64_t sleep_seq = 0;
  for (uint64_t i = 0; i < src.size() && !sleep_seq; ++i) {
    const auto& e = src.event(i);
    if (e.kind == sandbox::trace::EventKind::ThreadBlock && e.obj == threads[0]->id &&
        static_cast<sandbox::trace::ThreadWait>(e.aux) == sandbox::trace::ThreadWait::Sleep)
      sleep_seq = i;
  }
  REQUIRE(sleep_seq);
  CHECK(idx.lane_of(sleep_seq) == threads[0]->id);
  std::string en = narrate(app->doc, sleep_seq, Lang::En);
  CHECK(en == "thread asyncio_0 blocks in time.sleep(0.8) at line 38: the blocking call runs in a worker thread; "
              "the loop is free.");
  std::string zh = narrate(app->doc, sleep_seq, Lang::Zh);
  CHECK(zh.find("阻塞调用在工作线程中执行，事件循环保持空闲") != std::string::npos);
}
