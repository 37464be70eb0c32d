#include "runtime/live/live_address.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <uv.h>

#include <cstring>

namespace sandbox::runtime::live {

std::string resolve_host(const std::string& host) {
  if (host.empty()) return {};
  if (host == "localhost") return "127.0.0.1";
  sockaddr_storage sa;
  if (make_sockaddr(host, 0, sa)) return host;
  // A synchronous uv_getaddrinfo (no callback): the loop waits for DNS,
  // as CPython's loop waits for its executor's getaddrinfo.
  uv_loop_t loop;
  if (uv_loop_init(&loop) != 0) return {};
  uv_getaddrinfo_t req;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  std::string out;
  if (uv_getaddrinfo(&loop, &req, nullptr, host.c_str(), nullptr, &hints) == 0 && req.addrinfo) {
    sockaddr_storage first{};
    std::memcpy(&first, req.addrinfo->ai_addr, req.addrinfo->ai_addrlen);
    int port = 0;
    split_sockaddr(first, out, port);
    uv_freeaddrinfo(req.addrinfo);
  }
  uv_loop_close(&loop);
  return out;
}

bool is_loopback(const std::string& addr) {
  in_addr a4;
  if (inet_pton(AF_INET, addr.c_str(), &a4) == 1) return (ntohl(a4.s_addr) >> 24) == 127;
  in6_addr a6;
  if (inet_pton(AF_INET6, addr.c_str(), &a6) == 1) return IN6_IS_ADDR_LOOPBACK(&a6);
  return false;
}

bool make_sockaddr(const std::string& addr, int port, sockaddr_storage& out) {
  std::memset(&out, 0, sizeof out);
  if (uv_ip4_addr(addr.c_str(), port, reinterpret_cast<sockaddr_in*>(&out)) == 0) return true;
  return uv_ip6_addr(addr.c_str(), port, reinterpret_cast<sockaddr_in6*>(&out)) == 0;
}

void split_sockaddr(const sockaddr_storage& sa, std::string& host, int& port) {
  char buf[64] = {0};
  if (sa.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<const sockaddr_in6*>(&sa);
    uv_ip6_name(a, buf, sizeof buf);
    port = ntohs(a->sin6_port);
  } else {
    auto* a = reinterpret_cast<const sockaddr_in*>(&sa);
    uv_ip4_name(a, buf, sizeof buf);
    port = ntohs(a->sin_port);
  }
  host = buf;
}

}  // namespace sandbox::runtime::live
