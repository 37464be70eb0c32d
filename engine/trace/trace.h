// The trace: an append-only sequence of fixed-size events plus a string pool
// for their string payloads.  Both grow in fixed-size chunks, never by
// reallocation, so a million-event trace costs ~40 bytes per event (plus its
// strings) instead of up to twice that while a std::vector doubles, and a
// reference to an event or string stays valid while the trace grows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "trace/event.h"

namespace sandbox::trace {

// Recycles freed trace chunks within the process.  Fresh memory is costly
// to touch the first time (a page fault per 4 KiB; in some sandboxes more
// than the event write itself), and re-running an edited program should not
// pay it again.  Keeps at most kMaxPooledBytes; never returns memory in an
// observable order that matters (chunks are interchangeable).
namespace chunk_pool {
constexpr size_t kMaxPooledBytes = size_t{256} << 20;
void* take(size_t bytes);                 // nullptr if none pooled of that size
void give(void* p, size_t bytes) noexcept;  // keep it or free it
}  // namespace chunk_pool

// A vector that grows by appending chunks of 2^Bits elements (T trivial).
template <class T, unsigned Bits>
class ChunkedVector {
 public:
  static constexpr size_t kChunk = size_t{1} << Bits;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t i) const { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  T& operator[](size_t i) { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  const T& back() const { return (*this)[size_ - 1]; }

  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;
  ~ChunkedVector() {
    for (T* c : chunks_) chunk_pool::give(c, kChunk * sizeof(T));
  }

  T& push_back(const T& v) {
    if ((size_ & (kChunk - 1)) == 0 && (size_ >> Bits) == chunks_.size()) [[unlikely]]
      add_chunk();
    T& slot = chunks_[size_ >> Bits][size_ & (kChunk - 1)];
    slot = v;
    ++size_;
    return slot;
  }
  size_t memory_bytes() const {
    return chunks_.size() * kChunk * sizeof(T) + chunks_.capacity() * sizeof(void*);
  }

 private:
  static_assert(std::is_trivially_copyable_v<T>);
  void add_chunk() {
    void* p = chunk_pool::take(kChunk * sizeof(T));
    if (!p) p = ::operator new(kChunk * sizeof(T));
    chunks_.push_back(static_cast<T*>(p));
  }
  std::vector<T*> chunks_;
  size_t size_ = 0;
};

class Trace {
 public:
  Trace() = default;
  ~Trace();
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;

  // Events [0, size()) in the order they happened; seq = index.
  uint64_t size() const { return events_.size(); }
  bool empty() const { return events_.empty(); }
  const Event& operator[](uint64_t seq) const { return events_[seq]; }
  const Event& at(uint64_t seq) const { return events_[seq]; }
  const Event& back() const { return events_.back(); }
  Event& append(const Event& e) { return events_.push_back(e); }

  // Strings: ids are dense from 0 in the order added; kNoString (-1) = none.
  // add_string stores a one-off string (output text, a repr); intern returns
  // the same id for the same text (names, coroutine and callback descriptions).
  int64_t add_string(std::string_view s);
  int64_t intern(std::string_view s);
  std::string_view str(int64_t id) const;  // "" for kNoString or a bad id
  uint64_t string_count() const { return strings_.size(); }

  // Bytes held by events, strings and the intern table.
  size_t memory_bytes() const;

 private:
  struct StrRef {
    uint32_t block, offset, length;
  };
  static constexpr size_t kBlock = 256 * 1024;  // string bytes per block

  ChunkedVector<Event, 14> events_;
  ChunkedVector<StrRef, 14> strings_;
  std::vector<char*> blocks_;  // from chunk_pool / operator new
  std::vector<size_t> block_sizes_;  // capacity of each block
  size_t block_used_ = 0;            // bytes used in blocks_.back()
  size_t string_bytes_ = 0;          // for memory_bytes()
  // Lookup only (never iterated), so its order cannot leak into the trace.
  std::unordered_map<std::string_view, int64_t> interned_;
};

}  // namespace sandbox::trace
