#include "trace/trace.h"

#include <cstring>

namespace sandbox::trace {

int64_t Trace::add_string(std::string_view s) {
  size_t n = s.size();
  if (blocks_.empty() || block_used_ + n > block_sizes_.back()) {
    // Strings never straddle blocks; a string larger than a block gets its own.
    size_t cap = n > kBlock ? n : kBlock;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(cap));
    block_sizes_.push_back(cap);
    block_used_ = 0;
  }
  char* dst = blocks_.back().get() + block_used_;
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
  return std::string_view(blocks_[r.block].get() + r.offset, r.length);
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
