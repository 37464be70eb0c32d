// The trace: an append-only sequence of fixed-size events plus a string pool
// for their string payloads.  Both grow in fixed-size chunks, never by
// reallocation, so a million-event trace costs ~40 bytes per event (plus its
// strings) instead of up to twice that while a std::vector doubles, and a
// reference to an event or string stays valid while the trace grows.
#pragma once
#include <algorithm>
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
  // Elements [first_kept(), size()) are readable (see release_before).
  const T& operator[](size_t i) const { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  T& operator[](size_t i) { return chunks_[i >> Bits][i & (kChunk - 1)]; }
  const T& back() const { return (*this)[size_ - 1]; }

  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;
  ~ChunkedVector() {
    for (T* c : chunks_)
      if (c) chunk_pool::give(c, kChunk * sizeof(T));
  }

  // Frees every chunk that lies wholly before element i; those elements
  // must not be read again.  (Streaming runs that keep no history.)
  void release_before(size_t i) {
    size_t n = std::min(i, size_) >> Bits;
    for (; released_ < n; ++released_) {
      chunk_pool::give(chunks_[released_], kChunk * sizeof(T));
      chunks_[released_] = nullptr;
    }
  }
  size_t first_kept() const { return released_ << Bits; }

  T& push_back(const T& v) {
    if ((size_ & (kChunk - 1)) == 0 && (size_ >> Bits) == chunks_.size()) [[unlikely]]
      add_chunk();
    T& slot = chunks_[size_ >> Bits][size_ & (kChunk - 1)];
    slot = v;
    ++size_;
    return slot;
  }
  size_t memory_bytes() const {
    return (chunks_.size() - released_) * kChunk * sizeof(T) + chunks_.capacity() * sizeof(void*);
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
  size_t released_ = 0;  // chunks freed by release_before
};

class Trace {
 public:
  Trace() = default;
  ~Trace() = default;
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;

  // Events [0, size()) in the order they happened; seq = index.
  uint64_t size() const { return events_.size(); }
  bool empty() const { return events_.empty(); }
  const Event& operator[](uint64_t seq) const { return events_[seq]; }
  const Event& at(uint64_t seq) const { return events_[seq]; }
  const Event& back() const { return events_.back(); }
  Event& append(const Event& e) {
    if ((events_.size() & (kEventChunk - 1)) == 0) [[unlikely]]
      chunk_string_mark_.push_back(oneoff_.count());
    return events_.push_back(e);
  }

  // Strings.  kNoString (-1) = none.  add_string stores a one-off string
  // (output text, a repr) and returns ids 0, 1, 2, ... in order; it must be
  // recorded in an event right away (Recorder::emit_str does).  intern
  // returns the same id for the same text (names, coroutine and callback
  // descriptions); interned ids have kInternedBit set.
  static constexpr int64_t kInternedBit = int64_t{1} << 40;
  int64_t add_string(std::string_view s) { return oneoff_.add(s); }
  int64_t intern(std::string_view s);
  std::string_view str(int64_t id) const {
    if (id < 0) return {};
    if (id & kInternedBit) return interned_.get(id & ~kInternedBit);
    return oneoff_.get(id);
  }
  uint64_t string_count() const { return oneoff_.count() + interned_.count(); }

  // Streaming (a run that keeps no history, like `asyncio-sandbox run`):
  // frees the events before `seq` (whole chunks) and the one-off strings
  // they used.  Reading a discarded event afterwards is an error; events
  // [first_kept(), size()) stay readable.
  void discard_before(uint64_t seq);
  uint64_t first_kept() const { return events_.first_kept(); }

  // Bytes held by events, strings and the intern table.
  size_t memory_bytes() const;

 private:
  static constexpr unsigned kEventBits = 14;
  static constexpr size_t kEventChunk = size_t{1} << kEventBits;

  // Strings packed into 256 KiB blocks (a longer string gets its own block).
  class Pool {
   public:
    Pool() = default;
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;
    ~Pool();
    int64_t add(std::string_view s);
    std::string_view get(int64_t id) const {
      if (static_cast<uint64_t>(id) >= refs_.size() || static_cast<uint64_t>(id) < refs_.first_kept()) return {};
      const StrRef& r = refs_[static_cast<size_t>(id)];
      return std::string_view(blocks_[r.block].data + r.offset, r.length);
    }
    uint64_t count() const { return refs_.size(); }
    void release_before(uint64_t id);  // frees blocks holding only strings < id
    size_t memory_bytes() const;

   private:
    struct StrRef {
      uint32_t block, offset, length;
    };
    struct Block {
      char* data;
      size_t capacity;
      uint64_t end_id;  // one past the last string id stored in it
    };
    static constexpr size_t kBlock = 256 * 1024;
    ChunkedVector<StrRef, 14> refs_;
    std::vector<Block> blocks_;
    size_t used_ = 0;      // bytes used in blocks_.back()
    size_t released_ = 0;  // blocks freed by release_before
  };

  ChunkedVector<Event, kEventBits> events_;
  std::vector<uint64_t> chunk_string_mark_;  // one-off string count when each event chunk began
  Pool oneoff_, interned_;
  // Lookup only (never iterated), so its order cannot leak into the trace.
  std::unordered_map<std::string_view, int64_t> intern_ids_;
};

}  // namespace sandbox::trace
