// The Live switch (issue 4 item 2): a real session re-run live on its worker
// thread; each frame takes in the new events (the timeline follows), frames
// go on while the program waits on the network, a real client's connection
// shows up as a new task lane, Stop ends the program as Ctrl+C does.
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <string>
#include <thread>

#include "../live/loopback_client.h"
#include "runtime/live/live_clock.h"
#include "ui_harness.h"

using namespace sandbox::gui;
using sandbox::testing::connect_to;

namespace {

const char* kEchoServer =
    "import asyncio\n"
    "\n"
    "async def handle(reader, writer):\n"
    "    while True:\n"
    "        line = await reader.readline()\n"
    "        if not line:\n"
    "            break\n"
    "        writer.write(line)\n"
    "        await writer.drain()\n"
    "    writer.close()\n"
    "\n"
    "async def main():\n"
    "    server = await asyncio.start_server(handle, '127.0.0.1', 0)\n"
    "    print('serving on port', server.sockets[0].getsockname()[1])\n"
    "    async with server:\n"
    "        await server.serve_forever()\n"
    "\n"
    "asyncio.run(main())\n";

// What the console panel shows (one entry per printed line).
std::string console_text(const App& app) {
  std::string out;
  for (const auto& l : app.doc.model().console) out += l.text + "\n";
  return out;
}

// Frames (5 ms apart, as a display would pace them) until `done` or 10 s.
template <class Done>
bool frames_until(sandbox::gui::HeadlessUi& ui, App& app, Done done, int* frames_with_events = nullptr) {
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < end) {
    uint64_t before = app.doc.recorded();
    ui.frame(app);
    if (frames_with_events && app.doc.recorded() > before) ++*frames_with_events;
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

}  // namespace

TEST_CASE("Live switch: the program runs live, events stream in each frame, a client appears, Stop ends it") {
  HeadlessUi ui(1600, 960);
  Settings settings;
  settings.lang = Lang::En;
  settings.live_speed = 1;
  App app(settings, "");   // the real session factory
  REQUIRE(app.open_text(kEchoServer, "echo_live.py"));
  ui.frame(app);
  ui.frame(app);
  CHECK_FALSE(app.doc.live());
  REQUIRE(app.rects.count("live"));

  // The switch re-runs it live on the session's worker thread.
  ui.click(app, ImVec2(app.rects["live"].first.x + 6, (app.rects["live"].first.y + app.rects["live"].second.y) * 0.5f));
  CHECK(app.doc.run_mode().live);
  REQUIRE(app.doc.live());
  CHECK(app.animating());   // the host keeps drawing at 60 fps
  int streaming = 0;
  REQUIRE(frames_until(ui, app, [&] { return console_text(app).find("serving on port ") != std::string::npos; }, &streaming));
  const std::string out = console_text(app);
  REQUIRE(out.rfind("serving on port ", 0) == 0);
  const int port = std::stoi(out.substr(16));
  CHECK(app.doc.cursor() == app.doc.recorded());   // the cursor follows the newest event

  // Nobody connects yet: frames go on (none waits for the network).
  for (int i = 0; i < 30; ++i) ui.frame(app);
  CHECK(app.doc.live_running());
  const size_t tasks_before = app.doc.index().tasks().size();

  // A real client: its connection runs the handler as a new task, live.
  int fd = connect_to(port);
  REQUIRE(fd >= 0);
  const std::string msg = "hello live\n";
  REQUIRE(send(fd, msg.data(), msg.size(), 0) == static_cast<ssize_t>(msg.size()));
  char buf[64] = {};
  ssize_t got = recv(fd, buf, sizeof buf, 0);
  CHECK(std::string(buf, got > 0 ? static_cast<size_t>(got) : 0) == msg);
  REQUIRE(frames_until(ui, app, [&] { return app.doc.index().tasks().size() > tasks_before; }, &streaming));
  const uint32_t handler = app.doc.index().tasks().back().id;
  ui.frame(app);
  CHECK_FALSE(std::isnan(app.timeline.lane_y_of(handler)));   // its lane is on screen
  CHECK(streaming >= 2);   // events arrived over several frames, not at once
  close(fd);

  // The speed control applies to the running program at once (the live
  // clock's set_speed), not only to the next run.
  REQUIRE(app.rects.count("live_speed"));
  const auto& sr = app.rects["live_speed"];
  ui.drag(app, ImVec2(sr.first.x + 8, (sr.first.y + sr.second.y) * 0.5f),
          ImVec2(sr.first.x + 60, (sr.first.y + sr.second.y) * 0.5f));
  CHECK(app.settings.live_speed > 1.0f);
  CHECK(app.doc.run_mode().speed == doctest::Approx(app.settings.live_speed));
  CHECK(app.doc.live_running());   // the run goes on

  // Stop = Ctrl+C: the program winds down on its thread; frames keep going.
  REQUIRE(app.rects.count("stop"));
  ui.click(app, ImVec2((app.rects["stop"].first.x + app.rects["stop"].second.x) * 0.5f,
                       (app.rects["stop"].first.y + app.rects["stop"].second.y) * 0.5f));
  REQUIRE(frames_until(ui, app, [&] { return !app.doc.live_running() && app.doc.finished(); }));
  ui.frame(app);
  ui.frame(app);
  CHECK(app.doc.cursor() == app.doc.recorded());
  // The user's Stop, said calmly: no runtime error, no red traceback.
  CHECK(app.doc.stopped_by_user());
  CHECK_FALSE(app.doc.runtime_error().has_value());
  CHECK(app.shown_narration == "Stopped by you (as Ctrl+C): tasks cancelled, sockets closed.");
  CHECK(app.rects.count("console_stopped"));
  // No red in the console (the timeline still marks where the exception flew).
  REQUIRE(app.rects.count("panel:console"));
  const auto console = app.rects["panel:console"];
  long red = 0;
  ImDrawData* dd = ImGui::GetDrawData();
  for (int i = 0; i < dd->CmdListsCount; ++i)
    for (const ImDrawVert& v : dd->CmdLists[i]->VtxBuffer)
      if (v.col == theme().error && v.pos.x >= console.first.x && v.pos.x <= console.second.x &&
          v.pos.y >= console.first.y && v.pos.y <= console.second.y)
        ++red;
  CHECK(red == 0);
  CHECK_FALSE(app.animating());

  // Off again: a virtual run, stepped as before.
  app.set_live(false);
  CHECK_FALSE(app.doc.live());
  ui.press(app, GLFW_KEY_SPACE);
  CHECK(app.doc.cursor() == 1);
}

TEST_CASE("Live clock: a new speed applies from now on and loop time stays continuous") {
  sandbox::runtime::live::LiveClock clock(10.0);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const double before = clock.now();   // >= 0.2 s of loop time
  CHECK(before >= 0.2);
  clock.set_speed(0.1);
  const double after = clock.now();
  CHECK(after >= before);   // not rescaled from the start (which would read ~0.002)
  CHECK(clock.speed() == doctest::Approx(0.1));
  clock.set_speed(50);
  CHECK(clock.speed() == doctest::Approx(10.0));   // clamped
  CHECK(clock.now() >= after);
}
