// The simulated network: loopback TCP and the epoll ready list (net_sim.h),
// then streams through the engine (iteration counts, EOF, refused, drain).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/net_sim.h"

namespace {

using namespace sandbox::runtime;

std::vector<int> ready_fds(NetSim& n) {
  std::vector<int> out;
  for (const NetSim::Ready& r : n.wait()) out.push_back(r.fd);
  return out;
}

}  // namespace

TEST_SUITE("runtime.net.sim") {
  TEST_CASE("connect: EINPROGRESS, listener readable before the client writable") {
    NetSim n;
    int l = n.socket();
    CHECK(n.listen(l, 8888) == 8888);
    n.set_interest(l, kEventRead);
    int c = n.socket();
    CHECK(n.connect(c, 8888) == -kEINPROGRESS);
    n.set_interest(c, kEventWrite);  // sock_connect's add_writer after connect()
    CHECK(ready_fds(n) == std::vector<int>{l, c});
    CHECK(n.so_error(c) == 0);
    int s = n.accept(l);
    CHECK(s >= 0);
    CHECK(n.accept(l) == -kEAGAIN);
    CHECK(n.peer_port(s) == n.local_port(c));
    CHECK(n.peer_port(c) == 8888);
  }

  TEST_CASE("refused: SO_ERROR 111, readable and writable") {
    NetSim n;
    int c = n.socket();
    CHECK(n.connect(c, 8821) == -kEINPROGRESS);
    n.set_interest(c, kEventWrite);
    auto r = n.wait();
    REQUIRE(r.size() == 1);
    CHECK(r[0].mask == kEventWrite);
    CHECK(n.so_error(c) == kECONNREFUSED);
    CHECK(n.so_error(c) == 0);  // reading SO_ERROR clears it
  }

  TEST_CASE("sockets readable in one poll come out in the order they were written to") {
    NetSim n;
    int l = n.socket();
    n.listen(l, 9000);
    int c1 = n.socket(), c2 = n.socket(), c3 = n.socket();
    n.connect(c1, 9000);
    n.connect(c2, 9000);
    n.connect(c3, 9000);
    int s1 = n.accept(l), s2 = n.accept(l), s3 = n.accept(l);
    for (int s : {s1, s2, s3}) n.set_interest(s, kEventRead);
    CHECK(ready_fds(n).empty());
    n.send(c3, "three");
    n.send(c1, "one");
    n.send(c2, "two");
    CHECK(ready_fds(n) == std::vector<int>{s3, s1, s2});
    // Level-triggered: still readable -> reported again; after recv, dropped.
    std::string out;
    CHECK(n.recv(s1, 100, out) == 3);
    CHECK(out == "one");
    CHECK(ready_fds(n) == std::vector<int>{s3, s2});
  }

  TEST_CASE("close sends EOF: data first, then recv returns 0") {
    NetSim n;
    int l = n.socket();
    n.listen(l, 9001);
    int c = n.socket();
    n.connect(c, 9001);
    int s = n.accept(l);
    n.send(s, "bye");
    n.close(s);
    std::string out;
    CHECK(n.recv(c, 100, out) == 3);
    CHECK(n.recv(c, 100, out) == 0);
    CHECK(n.recv(c, 100, out) == 0);
  }

  TEST_CASE("closing with unread data resets the peer") {
    NetSim n;
    int l = n.socket();
    n.listen(l, 9002);
    int c = n.socket();
    n.connect(c, 9002);
    int s = n.accept(l);
    n.send(c, "unread");
    n.close(s);
    std::string out;
    CHECK(n.recv(c, 100, out) == -kECONNRESET);
  }

  TEST_CASE("a full receive buffer stops send until the reader reads") {
    NetSim n;
    int l = n.socket();
    n.listen(l, 9003);
    int c = n.socket();
    n.connect(c, 9003);
    int s = n.accept(l);
    std::string big(NetSim::kKernelBuffer + 100, 'x');
    CHECK(n.send(c, big) == static_cast<long>(NetSim::kKernelBuffer));
    CHECK(n.send(c, big, NetSim::kKernelBuffer) == -kEAGAIN);
    n.set_interest(c, kEventWrite);
    CHECK(ready_fds(n).empty());  // not writable while the peer's buffer is full
    std::string out;
    CHECK(n.recv(s, 1000, out) == 1000);
    CHECK(ready_fds(n) == std::vector<int>{c});  // room again: the writer wakes
    CHECK(n.send(c, big, NetSim::kKernelBuffer) == 100);
  }

  TEST_CASE("address in use, port 0 picks a port") {
    NetSim n;
    int a = n.socket(), b = n.socket(), z = n.socket();
    CHECK(n.listen(a, 7000) == 7000);
    CHECK(n.listen(b, 7000) == -kEADDRINUSE);
    CHECK(n.listen(z, 0) > 0);
    n.close(a);
    CHECK_FALSE(n.listening_on(7000));
  }
}
