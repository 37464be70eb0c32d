#include "trace/trace.h"

#include <cstring>
#include <mutex>
#include <utility>

namespace sandbox::trace {

namespace chunk_pool {
namespace {
struct Pool {
  std::mutex mu;
  std::vector<std::pair<void*, size_t>> free;  // (chunk, bytes), LIFO
  size_t bytes = 0;
  ~Pool() {
    for (auto& [p, n] : free) ::operator delete(p);
  }
};
Pool& pool() {
  static Pool p;
  return p;
}
}  // namespace

void* take(size_t bytes) {
  Pool& p = pool();
  std::lock_guard lock(p.mu);
  for (size_t i = p.free.size(); i-- > 0;)
    if (p.free[i].second == bytes) {
      void* c = p.free[i].first;
      p.free.erase(p.free.begin() + static_cast<ptrdiff_t>(i));
      p.bytes -= bytes;
      return c;
    }
  return nullptr;
}

void give(void* c, size_t bytes) noexcept {
  Pool& p = pool();
  std::lock_guard lock(p.mu);
  if (p.bytes + bytes > kMaxPooledBytes) {
    ::operator delete(c);
    return;
  }
  try {
    p.free.emplace_back(c, bytes);
    p.bytes += bytes;
  } catch (...) {
    ::operator delete(c);
  }
}
}  // namespace chunk_pool

Trace::~Trace() {
  for (size_t i = 0; i < blocks_.size(); ++i) {
    if (block_sizes_[i] == kBlock)
      chunk_pool::give(blocks_[i], kBlock);
    else
      ::operator delete(blocks_[i]);
  }
}

int64_t Trace::add_string(std::string_view s) {
  size_t n = s.size();
  if (blocks_.empty() || block_used_ + n > block_sizes_.back()) {
    // Strings never straddle blocks; a string larger than a block gets its own.
    size_t cap = n > kBlock ? n : kBlock;
    void* b = cap == kBlock ? chunk_pool::take(cap) : nullptr;
    blocks_.push_back(static_cast<char*>(b ? b : ::operator new(cap)));
    block_sizes_.push_back(cap);
    block_used_ = 0;
  }
  char* dst = blocks_.back() + block_used_;
  if (n) std::memcpy(dst, s.data(), n);
  strings_.push_back(StrRef{static_cast<uint32_t>(blocks_.size() - 1),
                            static_cast<uint32_t>(block_used_), static_cast<uint32_t>(n)});
  block_used_ += n;
  string_bytes_ += n;
  return static_cast<int64_t>(strings_.size() - 1);
}

int64_t Trace::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  int64_t id = add_string(s);
  interned_.emplace(str(id), id);  // the key views the pool's stable copy
  return id;
}

std::string_view Trace::str(int64_t id) const {
  if (id < 0 || static_cast<uint64_t>(id) >= strings_.size()) return {};
  const StrRef& r = strings_[static_cast<size_t>(id)];
  return std::string_view(blocks_[r.block] + r.offset, r.length);
}

size_t Trace::memory_bytes() const {
  size_t bytes = events_.memory_bytes() + strings_.memory_bytes();
  for (size_t c : block_sizes_) bytes += c;
  bytes += blocks_.capacity() * (sizeof(void*) + sizeof(size_t));
  // Rough cost of a hash node (key view + id + next pointer + bucket).
  bytes += interned_.size() * (sizeof(std::string_view) + sizeof(int64_t) + 2 * sizeof(void*));
  return bytes;
}

}  // namespace sandbox::trace
