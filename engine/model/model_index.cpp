#include "model/model_index.h"

#include <algorithm>

namespace sandbox::model {

ModelIndex::ModelIndex(const trace::Trace& t, uint64_t interval)
    : trace_(&t), interval_(interval < 1 ? 1 : interval) {
  keyframes_.push_back(Keyframe{0, head_, head_.console_mark(console_)});
}

void ModelIndex::sync() {
  uint64_t n = trace_->size();
  for (uint64_t seq = head_.cursor(); seq < n; ++seq) {
    uint64_t since = seq - keyframes_.back().seq;
    // Budget ~48 bytes of keyframe per event covered: a big state (thousands
    // of finished tasks) gets sparser keyframes instead of eating memory.
    if (since >= interval_ && since * 48 >= head_.cost_bytes())
      keyframes_.emplace_back(Keyframe{seq, head_, head_.console_mark(console_)});
    head_.apply(*trace_, seq, console_);
  }
}

std::vector<ConsoleLine> ModelIndex::console_prefix(const ConsoleMark& mark) const {
  std::vector<ConsoleLine> c(console_.begin(), console_.begin() + static_cast<ptrdiff_t>(mark.lines));
  for (int s = 0; s < 2; ++s)
    if (mark.open_line[s] >= 0) c[static_cast<size_t>(mark.open_line[s])].text.resize(mark.open_len[s]);
  return c;
}

Model ModelIndex::model_at(uint64_t cursor) {
  sync();
  cursor = std::min<uint64_t>(cursor, trace_->size());
  if (cursor == head_.cursor()) return head_.materialize(console_);
  auto it = std::upper_bound(keyframes_.begin(), keyframes_.end(), cursor,
                             [](uint64_t c, const Keyframe& k) { return c < k.seq; });
  const Keyframe& kf = *(it - 1);  // keyframes_[0].seq == 0 <= cursor
  ModelBuilder b = kf.state;
  std::vector<ConsoleLine> console = console_prefix(kf.mark);
  for (uint64_t seq = kf.seq; seq < cursor; ++seq) b.apply(*trace_, seq, console);
  return b.materialize(std::move(console));
}

size_t ModelIndex::memory_bytes() const {
  size_t b = keyframes_.size() * sizeof(Keyframe);
  for (const auto& k : keyframes_) b += k.state.cost_bytes();
  for (const auto& l : console_) b += sizeof(ConsoleLine) + l.text.capacity();
  return b;
}

}  // namespace sandbox::model
