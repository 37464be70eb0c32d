// UI tests over the real engine: the gather scenario run through a Session,
// and a real syntax error from the real compiler.
#include "ui_harness.h"

#include "narrate.h"
#include "scenarios.h"

using namespace sandbox::gui;

namespace {
struct RealApp {
  HeadlessUi ui{1600, 960};
  std::unique_ptr<App> app;
  RealApp() {
    Settings s;
    s.lang = Lang::En;
    app = std::make_unique<App>(s, std::string(SANDBOX_SOURCE_DIR) + "/scenarios");
  }
};
}  // namespace

TEST_CASE("real session: the gather scenario stepped with Space, then to the end") {
  RealApp r;
  App& app = *r.app;
  const Scenario* gather = nullptr;
  for (const Scenario& s : app.scenarios)
    if (s.file.rfind("03_", 0) == 0) gather = &s;
  REQUIRE(gather);
  REQUIRE(app.open_file(gather->path));
  r.ui.frame(app);
  for (int i = 0; i < 8; ++i) r.ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == 8);
  CHECK(app.shown_narration == narrate(app.doc, 7, Lang::En));
  r.ui.press(app, GLFW_KEY_END);
  CHECK(app.doc.finished());
  const auto& m = app.doc.model();
  REQUIRE(m.console.size() == 4);
  CHECK(m.console[0].text == "Task 1 started");
  CHECK(m.console[2].text == "Task 2 finished");
  CHECK(m.console[3].time == doctest::Approx(2.0));
  CHECK(app.doc.index().tasks().size() >= 3);
  // Back to the start is reading: nothing is re-run.
  const uint64_t n = app.doc.recorded();
  r.ui.press(app, GLFW_KEY_HOME);
  CHECK(app.doc.cursor() == 0);
  CHECK(app.doc.recorded() == n);
}

TEST_CASE("real session: a syntax error is shown at its line in Python's words") {
  RealApp r;
  App& app = *r.app;
  app.open_text("import asyncio\ndef (:\n  pass\n", "bad.py");
  r.ui.frame(app);
  REQUIRE(app.doc.diagnostic().has_value());
  CHECK(app.doc.diagnostic()->line == 2);
  CHECK(app.doc.diagnostic()->type == "SyntaxError");
  CHECK(app.doc.text == "import asyncio\ndef (:\n  pass\n");
  CHECK(test::count_colour(with_alpha(theme().error, 0.22f)) > 0);
}

TEST_CASE("real session: a task blocked on a queue is said to wait on the queue, not on its waiter future") {
  RealApp r;
  App& app = *r.app;
  REQUIRE(app.open_text("import asyncio\n"
                        "async def consumer(q):\n"
                        "    print(await q.get())\n"
                        "async def main():\n"
                        "    q = asyncio.Queue()\n"
                        "    t = asyncio.create_task(consumer(q))\n"
                        "    await asyncio.sleep(1)\n"
                        "    await q.put('x')\n"
                        "    await t\n"
                        "asyncio.run(main())\n",
                        "queue_wait.py"));
  r.ui.frame(app);
  r.ui.press(app, GLFW_KEY_END);
  // Find the consumer's suspending step and the queue it waits on.
  const auto* src = app.doc.source();
  REQUIRE(src);
  uint64_t end_seq = 0;
  uint32_t queue = 0;
  for (uint64_t i = 0; i < src->size(); ++i) {
    const auto& e = src->event(i);
    if (e.kind == sandbox::trace::EventKind::QueueCreated) queue = e.obj;
    if (e.kind == sandbox::trace::EventKind::TaskStepEnd && e.wait_kind() == sandbox::trace::WaitKind::Queue) {
      end_seq = i;
      break;
    }
  }
  REQUIRE(queue != 0);
  REQUIRE(end_seq != 0);
  CHECK(src->event(end_seq).obj != queue);  // what it awaits is the waiter future
  REQUIRE(app.doc.set_cursor(end_seq + 1));
  r.ui.frame(app);
  std::string qname = app.doc.index().object_name(queue);   // unnamed objects show as #id
  if (qname.empty()) qname = "#" + std::to_string(queue);
  CHECK(app.shown_narration == "Task-2 pauses at await: it waits on the queue " + qname + ".");
  const auto& tasks = app.doc.model().tasks;
  auto t = std::find_if(tasks.begin(), tasks.end(), [](const auto& x) { return x.name == "Task-2"; });
  REQUIRE(t != tasks.end());
  CHECK(t->blocked_on == queue);
  // After the put wakes it, its next step clears the block.
  r.ui.press(app, GLFW_KEY_END);
  t = std::find_if(app.doc.model().tasks.begin(), app.doc.model().tasks.end(), [](const auto& x) { return x.name == "Task-2"; });
  CHECK(t->blocked_on == 0);
}
