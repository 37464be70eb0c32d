// The Session's live API (session.h "live mode on a worker thread"): the
// program runs on a worker thread, real clients reach its server, the
// caller takes new events with sync_live(), and stop_live() ends it as
// Ctrl+C does with every socket closed.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <dirent.h>
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "loopback_client.h"
#include "session.h"

using namespace sandbox;
using sandbox::testing::connect_to;

namespace {

std::string read_program(const char* name) {
  std::ifstream in(std::string(SANDBOX_LIVE_PROGRAMS) + "/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sockets this process holds open (/proc/self/fd -> "socket:[inode]").
int open_sockets() {
  int n = 0;
  DIR* d = opendir("/proc/self/fd");
  if (!d) return -1;
  while (dirent* e = readdir(d)) {
    char path[300], target[300];
    std::snprintf(path, sizeof path, "/proc/self/fd/%s", e->d_name);
    ssize_t len = readlink(path, target, sizeof target - 1);
    if (len > 0 && std::string(target, static_cast<size_t>(len)).rfind("socket:", 0) == 0) ++n;
  }
  closedir(d);
  return n;
}

// sync_live() until stdout holds `what` (or 10 s pass).
bool wait_for_output(Session& s, const std::string& what) {
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < end) {
    s.sync_live();
    if (s.stdout_text().find(what) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

std::string recv_n(int fd, size_t n) {
  std::string got;
  char buf[4096];
  while (got.size() < n) {
    ssize_t r = recv(fd, buf, sizeof buf, 0);
    if (r <= 0) break;
    got.append(buf, static_cast<size_t>(r));
  }
  return got;
}

size_t count_kind(const trace::Trace& t, trace::EventKind k) {
  size_t n = 0;
  for (uint64_t i = t.first_kept(); i < t.size(); ++i)
    if (t[i].kind == k) ++n;
  return n;
}

}  // namespace

TEST_CASE("start_live runs a server on a worker thread; stop_live shuts it down like Ctrl+C") {
  int sockets_before = open_sockets();
  Session s;
  SessionOptions o;
  o.filename = "echo_server.py";
  o.live = true;
  REQUIRE(s.load(read_program("echo_server.py"), o));
  REQUIRE(s.start_live());
  CHECK_FALSE(s.start_live());  // one worker
  REQUIRE(wait_for_output(s, "\n"));
  int port = std::stoi(s.stdout_text().substr(s.stdout_text().rfind(' ') + 1));
  CHECK(s.live_running());
  CHECK(s.state() == RunState::Running);

  // Two real clients, talking while the app thread keeps syncing.
  int a = connect_to(port), b = connect_to(port);
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  std::string ma = "hello from a\n", mb = "and from b\n";
  send(a, ma.data(), ma.size(), 0);
  send(b, mb.data(), mb.size(), 0);
  CHECK(recv_n(a, ma.size()) == ma);
  CHECK(recv_n(b, mb.size()) == mb);
  close(b);  // the server sees EOF and closes its side

  for (int i = 0; i < 200 && count_kind(s.trace(), trace::EventKind::SockClose) < 1; ++i) {
    s.sync_live();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const trace::Trace& t = s.trace();
  CHECK(count_kind(t, trace::EventKind::SockListen) == 1);
  CHECK(count_kind(t, trace::EventKind::SockAccept) == 2);
  CHECK(count_kind(t, trace::EventKind::SockClose) >= 1);
  // Stamped with the live clock: never going back.
  for (uint64_t i = t.first_kept() + 1; i < t.size(); ++i) CHECK(t[i].time >= t[i - 1].time);

  s.stop_live();
  CHECK_FALSE(s.live_running());
  CHECK(s.state() == RunState::Failed);
  CHECK(s.exit_status() == 130);
  CHECK(s.stderr_text().find("asyncio.exceptions.CancelledError") != std::string::npos);
  CHECK(s.stderr_text().size() >= 18);
  CHECK(s.stderr_text().substr(s.stderr_text().size() - 18) == "KeyboardInterrupt\n");
  CHECK(s.trace()[s.trace().size() - 1].kind == trace::EventKind::ProgramEnd);
  // The server closed a's connection (EOF), and every socket of the
  // program is closed: only the test's own client is left.
  CHECK(recv_n(a, 1).empty());
  CHECK(open_sockets() == sockets_before + 1);
  close(a);
  CHECK(open_sockets() == sockets_before);
}

TEST_CASE("a live program that ends by itself: sync_live sees it finish") {
  Session s;
  SessionOptions o;
  o.live = true;
  o.speed = 10;  // 0.5 loop seconds take 0.05 s
  REQUIRE(s.load("import asyncio\nasync def main():\n    await asyncio.sleep(0.5)\n    print('done')\n"
                 "asyncio.run(main())\n",
                 o));
  REQUIRE(s.start_live());
  for (int i = 0; i < 1000 && s.state() == RunState::Running; ++i) {
    s.sync_live();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK(s.state() == RunState::Finished);
  CHECK(s.exit_status() == 0);
  CHECK(s.stdout_text() == "done\n");
  CHECK_FALSE(s.live_running());
  s.stop_live();  // joins; nothing to stop
  CHECK(s.state() == RunState::Finished);
}

TEST_CASE("start_live is for live sessions only; virtual ones step as before") {
  Session s;
  REQUIRE(s.load("print('virtual')\n"));
  CHECK_FALSE(s.start_live());
  s.run_to_end();
  CHECK(s.stdout_text() == "virtual\n");
  CHECK(s.state() == RunState::Finished);
}

TEST_CASE("the live loop blocks in libuv while it waits: a 0.3 s sleep costs a handful of iterations") {
  Session s;
  SessionOptions o;
  o.live = true;
  REQUIRE(s.load("import asyncio\nasyncio.run(asyncio.sleep(0.3))\n", o));
  s.run_to_end();  // on this thread: the CLI's way
  CHECK(s.state() == RunState::Finished);
  // A loop that spun would record thousands of iterations here.
  CHECK(count_kind(s.trace(), trace::EventKind::IterationBegin) < 20);
  double last = s.trace()[s.trace().size() - 1].time;
  CHECK(last >= 0.3);
}
