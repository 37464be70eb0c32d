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

Trace::Pool::~Pool() {
  for (size_t i = released_; i < blocks_.size(); ++i) {
    if (blocks_[i].capacity == kBlock)
      chunk_pool::give(blocks_[i].data, kBlock);
    else
      ::operator delete(blocks_[i].data);
  }
}

int64_t Trace::Pool::add(std::string_view s) {
  size_t n = s.size();
  if (blocks_.size() == released_ || used_ + n > blocks_.back().capacity) {
    // Strings never straddle blocks; a string larger than a block gets its own.
    size_t cap = n > kBlock ? n : kBlock;
    void* b = cap == kBlock ? chunk_pool::take(cap) : nullptr;
    blocks_.push_back(Block{static_cast<char*>(b ? b : ::operator new(cap)), cap, 0});
    used_ = 0;
  }
  Block& blk = blocks_.back();
  if (n) std::memcpy(blk.data + used_, s.data(), n);
  refs_.push_back(StrRef{static_cast<uint32_t>(blocks_.size() - 1), static_cast<uint32_t>(used_),
                         static_cast<uint32_t>(n)});
  used_ += n;
  blk.end_id = refs_.size();
  return static_cast<int64_t>(refs_.size() - 1);
}

void Trace::Pool::release_before(uint64_t id) {
  // Never the block being filled.
  while (released_ + 1 < blocks_.size() && blocks_[released_].end_id <= id) {
    Block& b = blocks_[released_];
    if (b.capacity == kBlock)
      chunk_pool::give(b.data, kBlock);
    else
      ::operator delete(b.data);
    b.data = nullptr;
    ++released_;
  }
  refs_.release_before(id);
}

size_t Trace::Pool::memory_bytes() const {
  size_t bytes = refs_.memory_bytes() + blocks_.capacity() * sizeof(Block);
  for (size_t i = released_; i < blocks_.size(); ++i) bytes += blocks_[i].capacity;
  return bytes;
}

int64_t Trace::intern(std::string_view s) {
  auto it = intern_ids_.find(s);
  if (it != intern_ids_.end()) return it->second;
  int64_t id = interned_.add(s) | kInternedBit;
  intern_ids_.emplace(str(id), id);  // the key views the pool's stable copy
  return id;
}

void Trace::discard_before(uint64_t seq) {
  seq = std::min<uint64_t>(seq, size());
  size_t chunk = static_cast<size_t>(seq >> kEventBits);  // first chunk kept
  if (chunk == 0) return;
  events_.release_before(static_cast<size_t>(seq));
  // Strings an event refers to are added just before it; keep those made
  // since the chunk before the first kept one began, to be safe.
  oneoff_.release_before(chunk_string_mark_[chunk - 1]);
}

size_t Trace::memory_bytes() const {
  size_t bytes = events_.memory_bytes() + oneoff_.memory_bytes() + interned_.memory_bytes();
  bytes += chunk_string_mark_.capacity() * sizeof(uint64_t);
  // Rough cost of a hash node (key view + id + next pointer + bucket).
  bytes += intern_ids_.size() * (sizeof(std::string_view) + sizeof(int64_t) + 2 * sizeof(void*));
  return bytes;
}

}  // namespace sandbox::trace
