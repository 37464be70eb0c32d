// A task lane: segments coloured by state (running, ready, waiting on what,
// done/cancelled/failed).  Segments narrower than kMinItemPx are merged.
#include <algorithm>
#include <cstdio>

#include "app_ui.h"
#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {
const char* state_word(LaneState s) {
  switch (s) {
    case LaneState::Ready: return tr(Str::StReady);
    case LaneState::Running: return tr(Str::StRunning);
    case LaneState::Waiting: return tr(Str::StWaiting);
    case LaneState::Done: return tr(Str::StDone);
    case LaneState::Cancelled: return tr(Str::StCancelled);
    case LaneState::Failed: return tr(Str::StFailed);
  }
  return "";
}
}  // namespace

std::string describe_segment(const TraceIndex& idx, const Segment& s) {
  std::string out = state_word(s.state);
  if (s.state == LaneState::Waiting) {
    out += ": ";
    out += wait_kind_name(s.wait);
    if (s.obj) {
      std::string name = idx.task(s.obj) ? idx.task_name(s.obj) : idx.object_name(s.obj);
      out += " ";
      out += name.empty() ? prefixed("#", s.obj) : name;
    }
  }
  char buf[160];
  double t0 = idx.time_at(s.begin), t1 = idx.time_at(s.end == kOpen ? idx.indexed() : s.end);
  std::snprintf(buf, sizeof buf, "\n%s %llu..%llu   t = %.3f..%.3f", tr(Str::Event),
                static_cast<unsigned long long>(s.begin),
                static_cast<unsigned long long>(s.end == kOpen ? idx.indexed() : s.end), t0, t1);
  return out + buf;
}

bool blocks_loop(const TraceIndex& idx, const Segment& s, uint64_t n) {
  if (s.state != LaneState::Running) return false;
  const uint64_t end = std::min<uint64_t>(s.end == kOpen ? n : s.end, n);
  if (end <= s.begin) return false;
  return end - s.begin >= kBlockedEvents || idx.time_at(end) - idx.time_at(s.begin) >= kBlockedSeconds;
}

namespace {

uint64_t seg_end(const Segment& s, uint64_t n) { return std::min<uint64_t>(s.end == kOpen ? n : s.end, n); }

bool finished_state(LaneState s) {
  return s == LaneState::Done || s == LaneState::Cancelled || s == LaneState::Failed;
}

// Diagonal stripes over [a, b): a step that blocks the loop.
void hazard_stripes(const LaneCtx& c, float a, float b, float top, float bottom) {
  const ImU32 col = theme().hazard;
  c.dl->PushClipRect(ImVec2(a, top), ImVec2(b, bottom), true);
  const float h = bottom - top, step = std::max(6.0f, h * 0.6f);
  for (float x = a - h; x < b; x += step)
    c.dl->AddLine(ImVec2(x, bottom), ImVec2(x + h, top), col, std::max(2.0f, h * 0.12f));
  c.dl->PopClipRect();
  c.dl->AddRect(ImVec2(a, top), ImVec2(b, bottom), col, 0, 0, 1.5f);
}

void fill_state(const LaneCtx& c, LaneState st, ImU32 col, float a, float b, float top, float bottom) {
  if (st == LaneState::Waiting) {
    // Waiting costs nothing: a thin bar, so the eye reads "idle".
    c.dl->AddRectFilled(ImVec2(a, top + (bottom - top) * 0.25f), ImVec2(b, bottom - (bottom - top) * 0.25f), col);
  } else if (finished_state(st)) {
    c.dl->AddRectFilled(ImVec2(a, top), ImVec2(std::max(b, a + 3), bottom), col);   // an end cap
  } else {
    c.dl->AddRectFilled(ImVec2(a, top), ImVec2(b, bottom), col);
  }
}

void segment_label(const LaneCtx& c, const char* text, ImU32 bg, float a, float b, float top, float bottom) {
  const float size = c.font * 0.8f;
  c.dl->PushClipRect(ImVec2(a, top), ImVec2(b, bottom), true);
  c.dl->AddText(ImGui::GetFont(), size, ImVec2(a + 4, top + (bottom - top - size) * 0.5f), contrast_text(bg), text);
  c.dl->PopClipRect();
}

// A merged block weighs at most this many segments; beyond, it is "mixed"
// (thousands of state changes in two pixels have no single state to show).
constexpr size_t kMaxWeighed = 48;

}  // namespace

void draw_task_lane(const LaneCtx& c, const TaskLane& lane, Hover& hover) {
  const auto& segs = lane.segs;
  if (segs.empty()) return;
  const float top = c.y + 2, bottom = c.y + c.h - 2;
  const uint64_t s0 = c.first_visible(), s1 = c.last_visible();
  // First segment that ends after s0.
  auto it = std::upper_bound(segs.begin(), segs.end(), s0, [](uint64_t s, const Segment& g) { return s < g.begin; });
  if (it != segs.begin()) --it;
  float from = c.x0 - 4;   // drawn up to here (a straddling segment resumes there)
  while (it != segs.end() && it->begin <= s1) {
    const float a = std::max(c.x_of(it->begin), from), b = c.x_of(seg_end(*it, c.n));
    if (a > c.x1 + 2) break;
    if (b - a >= kMinItemPx) {
      // A segment wide enough to show on its own.
      const ImU32 col = state_color(it->state, it->wait);
      const float ra = std::max(a, c.x0 - 2), rb = std::min(b, c.x1 + 2);
      fill_state(c, it->state, col, ra, rb, top, bottom);
      const bool blocked = blocks_loop(*c.idx, *it, c.n);
      if (blocked) hazard_stripes(c, ra, rb, top, bottom);
      if (rb - ra > c.font * 4) {
        if (blocked) segment_label(c, tr(Str::BlocksLoop), theme().bg, ra, rb, top, bottom);
        else if (it->state == LaneState::Waiting) segment_label(c, wait_kind_name(it->wait), col, ra, rb, top, bottom);
        else if (it->state == LaneState::Running) segment_label(c, tr(Str::StRunning), col, ra, rb, top, bottom);
      }
      if (c.hit(ra, std::max(rb, ra + 3), c.y, c.y + c.h)) {
        std::string text = describe_segment(*c.idx, *it);
        if (blocked) text = std::string(tr(Str::BlocksLoopTip)) + "\n" + text;
        hover.set(lane.name + "  (" + lane.coro + ")", text, it->begin);
      }
      from = b;
      ++it;
      continue;
    }
    // Level of detail: the segments starting within the next kMinItemPx
    // pixels (found by binary search, not by visiting them) become one block
    // of that width, coloured by the state that holds most of it -- never by
    // whichever came first, and never stretched over what follows.
    const float bx = a + kMinItemPx;
    const uint64_t limit = c.seq_at(bx);
    auto next = std::upper_bound(it, segs.end(), limit, [](uint64_t s, const Segment& g) { return s < g.begin; });
    if (next == it) next = it + 1;
    const auto count = static_cast<size_t>(next - it);
    struct Share {
      ImU32 col;
      LaneState state;
      float w;
      const Segment* first;
    };
    Share shares[16];
    size_t nshares = 0;
    float total = 0;
    bool blocked = false;
    if (count <= kMaxWeighed) {
      for (auto k = it; k != next; ++k) {
        const float w = std::min(c.x_of(seg_end(*k, c.n)), bx) - std::max(c.x_of(k->begin), a);
        blocked = blocked || blocks_loop(*c.idx, *k, c.n);
        if (w <= 0) continue;
        const ImU32 col = state_color(k->state, k->wait);
        size_t j = 0;
        while (j < nshares && shares[j].col != col) ++j;
        if (j == nshares) {
          if (nshares == std::size(shares)) continue;
          shares[nshares++] = Share{col, k->state, 0, &*k};
        }
        shares[j].w += w;
        total += w;
      }
    }
    const Share* best = nullptr;
    for (size_t j = 0; j < nshares; ++j)
      if (!best || shares[j].w > best->w) best = &shares[j];
    const bool mixed = !best || best->w < total * 0.5f;
    const float ra = std::max(a, c.x0 - 2), rb = std::min(bx, c.x1 + 2);
    if (mixed) c.dl->AddRectFilled(ImVec2(ra, top), ImVec2(rb, bottom), theme().mixed);
    else fill_state(c, best->state, best->col, ra, rb, top, bottom);
    if (blocked) hazard_stripes(c, ra, std::max(rb, ra + 6), top, bottom);
    if (c.hit(ra, std::max(rb, ra + 3), c.y, c.y + c.h)) {
      const Segment& shown = mixed ? *it : *best->first;
      std::string text = describe_segment(*c.idx, shown);
      if (count > 1) text = (mixed ? std::string(tr(Str::MixedTip)) : std::string(tr(Str::MergedTip))) + "\n" + text;
      if (blocked) text = std::string(tr(Str::BlocksLoopTip)) + "\n" + text;
      hover.set(lane.name + "  (" + lane.coro + ")", text, shown.begin);
    }
    // A segment running on past the block resumes at its edge.
    const auto last = next - 1;
    if (c.x_of(seg_end(*last, c.n)) > bx) it = last;
    else it = next;
    from = bx;
  }
}

}  // namespace sandbox::gui
