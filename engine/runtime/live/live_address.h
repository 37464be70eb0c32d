// Addresses for live sockets: name resolution (getaddrinfo through libuv)
// and the classroom rule that live programs stay on loopback unless the
// user passes --allow-network.
#pragma once
#include <sys/socket.h>

#include <string>

namespace sandbox::runtime::live {

// "127.0.0.1" and "::1" stay as they are, "localhost" is 127.0.0.1, other
// names go through getaddrinfo (first answer); "" when nothing resolves.
std::string resolve_host(const std::string& host);
// 127.0.0.0/8 or ::1 (numeric addresses only).
bool is_loopback(const std::string& addr);
// host + port -> sockaddr (IPv4 or IPv6); false if addr is not numeric.
bool make_sockaddr(const std::string& addr, int port, sockaddr_storage& out);
// sockaddr -> numeric host and port.
void split_sockaddr(const sockaddr_storage& sa, std::string& host, int& port);

}  // namespace sandbox::runtime::live
