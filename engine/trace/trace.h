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
#include <unordered_map>
#include <vector>

#include "trace/event.h"

namespace sandbox::trace {

// A vector that grows by appending chunks of 2^Bits elements.
template <class T, unsigned Bits>
class ChunkedVector {
 public:
  static constexpr size_t kChunk = size_t{1} << Bits;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t i) const { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  T& operator[](size_t i) { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  const T& back() const { return (*this)[size_ - 1]; }

  T& push_back(const T& v) {
    if ((size_ & (kChunk - 1)) == 0 && (size_ >> Bits) == chunks_.size())
      chunks_.push_back(std::make_unique_for_overwrite<T[]>(kChunk));
    T& slot = chunks_[size_ >> Bits][size_ & (kChunk - 1)];
    slot = v;
    ++size_;
    return slot;
  }
  size_t memory_bytes() const {
    return chunks_.size() * kChunk * sizeof(T) + chunks_.capacity() * sizeof(void*);
  }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t size_ = 0;
};

class Trace {
 public:
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
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<size_t> block_sizes_;  // capacity of each block
  size_t block_used_ = 0;            // bytes used in blocks_.back()
  size_t string_bytes_ = 0;          // for memory_bytes()
  // Lookup only (never iterated), so its order cannot leak into the trace.
  std::unordered_map<std::string_view, int64_t> interned_;
};

}  // namespace sandbox::trace
