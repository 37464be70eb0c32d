// The simulated network: loopback TCP and the epoll ready list (net_sim.h),
// then streams through the engine (iteration counts, EOF, refused, drain).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/net_sim.h"
#include "test_runtime_stream_util.h"

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

// Streams through the engine, compared with CPython 3.11.7 on real loopback
// sockets under the virtual-clock reference.
TEST_SUITE("runtime.stream.python") {
  TEST_CASE("loop iterations: start_server 4, open_connection 4, drain 0, readline 2, close 2") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

T = [0]

async def ticker():
    while True:
        await asyncio.sleep(0)
        T[0] += 1

async def handler(reader, writer):
    print("handler first step at", T[0])
    line = await reader.readline()
    print("handler read", line, "at", T[0])
    writer.write(line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    t = T[0]
    server = await asyncio.start_server(handler, "127.0.0.1", 9410)
    print("start_server took", T[0] - t)
    t = T[0]
    reader, writer = await asyncio.open_connection("127.0.0.1", 9410)
    print("open_connection took", T[0] - t)
    t = T[0]
    writer.write(b"x\n")
    await writer.drain()
    print("write+drain took", T[0] - t)
    print("echo", await reader.readline(), "after", T[0] - t)
    t = T[0]
    writer.close()
    await writer.wait_closed()
    print("close+wait_closed took", T[0] - t)
    server.close()
    t = T[0]
    try:
        await asyncio.open_connection("127.0.0.1", 9410)
    except ConnectionRefusedError as e:
        print("refused after", T[0] - t, e)
    tk.cancel()

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] start_server took 4
[0.000] handler first step at 8
[0.000] open_connection took 4
[0.000] write+drain took 0
[0.000] handler read b'x\n' at 10
[0.000] echo b'x\n' after 4
[0.000] close+wait_closed took 2
[0.000] refused after 2 [Errno 111] Connect call failed ('127.0.0.1', 9410)
)OUT");
  }

  TEST_CASE("readuntil/readexactly/readline at limits and EOF, refused connections") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def handler(reader, writer):
    writer.write(b"abc|def|")
    writer.writelines([b"line one\n", b"tail"])
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 9302)
    print(server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", 9302, limit=5)
    print(await reader.readuntil(b"|"))
    print(await reader.readexactly(4))
    try:
        await reader.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        print(await reader.readline())
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print(reader.at_eof(), await reader.read(), await reader.readline())
    try:
        await reader.readuntil(b"x")
    except asyncio.IncompleteReadError as e:
        print("at EOF:", e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    print(server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", 9302)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e)
    try:
        await asyncio.open_connection("127.0.0.1", 9303)
    except OSError as e:
        print(repr(e))

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] True
[0.000] b'abc|'
[0.000] b'def|'
[0.000] LimitOverrunError: Separator is not found, and chunk exceed the limit 13
[0.000] ValueError: Separator is found, but chunk is longer than limit
[0.000] IncompleteReadError: 4 bytes read on a total of 10 expected bytes b'tail' 10
[0.000] True b'' b''
[0.000] at EOF: 0 bytes read on a total of undefined expected bytes b'' None
[0.000] False
[0.000] ConnectionRefusedError 111 [Errno 111] Connect call failed ('127.0.0.1', 9302)
[0.000] ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 9303)")
)OUT");
  }

  TEST_CASE("sockets readable in one iteration are read in the order written") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def handler(reader, writer):
    name = (await reader.readline()).decode().strip()
    while True:
        line = await reader.readline()
        if not line:
            break
        print(name, "got", line.decode().strip())
    writer.close()

async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 9304)
    ws = []
    for n in "ABC":
        r, w = await asyncio.open_connection("127.0.0.1", 9304)
        w.write(f"{n}\n".encode())
        ws.append(w)
    await asyncio.sleep(0.1)
    # written in the order C, A, B in one iteration: read in that order
    ws[2].write(b"1\n"); ws[0].write(b"1\n"); ws[1].write(b"1\n")
    await asyncio.sleep(0.1)
    ws[1].write(b"2\n"); ws[2].write(b"2\n"); ws[0].write(b"2\n")
    await asyncio.sleep(0.1)
    for w in ws:
        w.close()
    await asyncio.sleep(0.1)
    async with server:
        pass
    print("done")

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.100] C got 1
[0.100] A got 1
[0.100] B got 1
[0.200] B got 2
[0.200] C got 2
[0.200] A got 2
[0.400] done
)OUT");
  }

  TEST_CASE("serve_forever ends with CancelledError when the server closes") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

async def handler(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()

async def client(server):
    reader, writer = await asyncio.open_connection("127.0.0.1", 9305)
    writer.write(b"hello")
    print("client got", await reader.read())
    server.close()

async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 9305)
    asyncio.create_task(client(server))
    try:
        await server.serve_forever()
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving:", server.is_serving())

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] client got b'HELLO'
[0.000] serve_forever cancelled
[0.000] serving: False
)OUT");
  }

  TEST_CASE("drain returns at once under the limit and blocks until the peer reads") {
    // expected: CPython 3.11.7 under tests/reference/run_reference.py --timestamps
    rtio_test::PyRun p(R"PY(import asyncio

T = {"n": 0}

async def ticker():
    while True:
        await asyncio.sleep(0)
        T["n"] += 1

async def slow_reader(reader, writer):
    await asyncio.sleep(1)
    print("server starts reading at tick", T["n"])
    total = 0
    while True:
        chunk = await reader.read(100000)
        if not chunk:
            break
        total += len(chunk)
    print("server read", total)
    writer.close()

async def main():
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 9301)
    reader, writer = await asyncio.open_connection("127.0.0.1", 9301)
    tk = asyncio.create_task(ticker())
    writer.write(b"a" * 1000)
    t0 = T["n"]
    await writer.drain()
    print("small drain yielded", T["n"] - t0, "ticks")
    tk.cancel()
    writer.write(b"b" * 2000000)
    loop = asyncio.get_running_loop()
    await writer.drain()
    print(f"big drain returned at {loop.time():.1f}")
    writer.write(b"c" * 6000000)
    await writer.drain()
    print(f"huge drain returned at {loop.time():.1f}")
    writer.close()
    await writer.wait_closed()
    print("closing?", writer.is_closing())
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == R"OUT([0.000] small drain yielded 0 ticks
[0.000] big drain returned at 0.0
[1.000] server starts reading at tick 0
[1.000] huge drain returned at 1.0
[1.000] closing? True
[1.000] server read 8001000
)OUT");
  }


  TEST_CASE("trace: a read woken by bytes points at the write; sockets and refusal recorded") {
    rtio_test::PyRun p(R"PY(import asyncio

async def handler(reader, writer):
    line = await reader.readline()
    writer.write(line.upper())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 9400)
    reader, writer = await asyncio.open_connection("127.0.0.1", 9400)
    writer.write(b"ping\n")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    try:
        await asyncio.open_connection("127.0.0.1", 9400)
    except ConnectionRefusedError as e:
        print(e)

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.out == "[0.000] b'PING\\n'\n[0.000] [Errno 111] Connect call failed ('127.0.0.1', 9400)\n");
    const auto& t = p.trace();
    using K = rtio_test::EventKind;
    auto listen = p.find(K::SockListen);
    auto connect = p.find(K::SockConnect);
    auto accept = p.find(K::SockAccept);
    auto writes = p.find(K::SockWrite);
    auto reads = p.find(K::SockRead);
    auto refused = p.find(K::SockRefused);
    REQUIRE(listen.size() == 1);
    REQUIRE(connect.size() == 2);
    REQUIRE(accept.size() == 1);
    REQUIRE(writes.size() == 2);
    REQUIRE(reads.size() == 2);
    REQUIRE(refused.size() == 1);
    CHECK(t[listen[0]].arg == 9400);
    CHECK(t[connect[0]].arg == 9400);
    uint32_t client = t[connect[0]].obj, served = t[accept[0]].obj;
    CHECK(t[accept[0]].arg == client);
    // client writes "ping\n"; the server's readline returns it 2 iterations later
    CHECK(t[writes[0]].obj == client);
    CHECK(t[writes[0]].arg == 5);
    CHECK(t[reads[0]].obj == served);
    CHECK(t[reads[0]].cause == writes[0] + 1);
    CHECK(t[reads[0]].iter == t[writes[0]].iter + 2);
    // the server's reply is read by the client, caused by the server's write
    CHECK(t[writes[1]].obj == served);
    CHECK(t[reads[1]].obj == client);
    CHECK(t[reads[1]].cause == writes[1] + 1);
    CHECK(t[refused[0]].arg == 9400);
    CHECK(p.find(K::SockEof).size() >= 1);
  }

  TEST_CASE("Server.sockets: getsockname while serving, empty once closed") {
    rtio_test::PyRun p(R"PY(import asyncio

async def handle(r, w):
    w.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    addrs = ", ".join([str(sock.getsockname()) for sock in server.sockets])
    print(f"Serving on {addrs}", len(server.sockets), server.is_serving())
    async with server:
        pass
    print(server.sockets, server.is_serving())

asyncio.run(main())
)PY");
    if (!p.ran) return;
    CHECK(p.err == "");
    CHECK(p.out == "[0.000] Serving on ('127.0.0.1', 8888) 1 True\n[0.000] () False\n");
  }
}
