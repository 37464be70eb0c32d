// Real TCP behind the NetKernel interface (net_kernel.h), on libuv's
// uv_tcp_t: listen/accept, connect, read, write, shutdown and close.  The
// selector transports above it (net_transport.cpp) stay as they are: this
// class turns libuv's completion callbacks back into the readiness the
// transports poll for, like the kernel under CPython's SelectorEventLoop:
//
//   read     uv_read_start as soon as a socket is connected; bytes wait in
//            a per-socket buffer (the kernel's receive queue) until recv();
//            past kReadPause unread bytes reading stops, so a slow reader
//            pushes back on the peer as TCP would
//   write    uv_try_write first, the rest queued with uv_write; the socket
//            is writable while less than kSendBuffer bytes are queued
//   accept   uv_accept in the connection callback; connections wait in a
//            backlog until accept()
//   close    FIN after queued bytes are sent (uv_shutdown, then uv_close),
//            RST when unread bytes are dropped (uv_tcp_close_reset)
//
// Readiness is the same level-triggered ready list as the simulated epoll.
// Descriptors are small ids of this kernel, not the process's fds.
#pragma once
#include <uv.h>

#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <string>

#include "runtime/live/live_loop.h"
#include "runtime/net_kernel.h"
#include "runtime/ready_list.h"

namespace sandbox::runtime::live {

class LiveKernel final : public NetKernel {
 public:
  static constexpr size_t kSendBuffer = 1024 * 1024;  // queued bytes before send() says EAGAIN
  static constexpr size_t kReadPause = 1024 * 1024;   // unread bytes before reading stops
  static constexpr int kBacklog = 100;                // create_server's default backlog

  LiveKernel(LiveLoop& loop, bool allow_network);
  ~LiveKernel() override;  // closes every socket still open

  int socket() override;
  std::string resolve(const std::string& host) const override;
  std::string resolve_bind(const std::string& host) const override;
  std::string refuse_address(const std::string& addr) const override;
  int listen(int fd, const std::string& host, int port) override;
  int connect(int fd, const std::string& host, int port, uint64_t tag = kNoTag) override;
  int so_error(int fd) override;
  int accept(int fd) override;
  long send(int fd, const std::string& data, size_t from = 0, uint64_t tag = kNoTag) override;
  long recv(int fd, size_t n, std::string& out, uint64_t* tag = nullptr) override;
  void shutdown_write(int fd, uint64_t tag = kNoTag) override;
  void close(int fd, uint64_t tag = kNoTag) override;
  uint64_t last_tag(int) const override { return kNoTag; }

  std::string local_host(int fd) const override;
  int local_port(int fd) const override;
  std::string peer_host(int fd) const override;
  int peer_port(int fd) const override;
  int peer_fd(int fd) const override;

  void set_interest(int fd, int mask) override;
  int interest(int fd) const override;
  std::vector<Ready> wait(double timeout) override;
  // Any open socket can still hear from the outside world.
  bool has_pending_io() const override { return !socks_.empty(); }

  size_t open_sockets() const override { return socks_.size() + closing_; }

  struct Sock;  // live_kernel.cpp

 private:
  friend struct SockCallbacks;
  Sock* get(int fd) const;
  int readiness(const Sock& s) const;
  void wake(Sock& s);
  void start_reading(Sock& s);
  void begin_close(Sock& s);

  LiveLoop& loop_;
  bool allow_network_;
  std::map<int, std::unique_ptr<Sock>> socks_;  // open descriptors, by id
  ReadyList ready_;                             // the epoll ready list
  size_t closing_ = 0;                          // handles closed, callback pending
  int next_fd_ = 3;
  char read_buf_[64 * 1024];                    // libuv reads here, then appends to a socket
};

}  // namespace sandbox::runtime::live
