// The timeline, the heart of the app (Tracy-style): an axis, the loop lane,
// one lane per task, counter lanes for queues and semaphores, markers and
// cause -> effect links.  Each lane kind is its own file and draws with a
// plain per-frame LaneCtx (visible range, scale, position).  Two axes: loop
// steps (every event gets width, so the many things at t=0 stay apart) and
// virtual time.  Level of detail: lanes visit O(pixels) items, never O(events).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "trace_index.h"

namespace sandbox::gui {

class App;

struct LaneCtx {
  ImDrawList* dl = nullptr;
  const TraceIndex* idx = nullptr;
  uint64_t n = 0;             // events indexed
  uint64_t cursor = 0;
  bool time_axis = false;
  double v0 = 0, v1 = 1;      // visible axis range (event index or seconds)
  float x0 = 0, x1 = 1;       // pixel range of the lanes' drawing area
  double scale = 1;           // pixels per axis unit
  float y = 0, h = 0;         // the lane being drawn
  float font = 16;            // font size, for text layout
  ImVec2 mouse{-1, -1};
  bool mouse_in = false;      // mouse over the lanes area

  double axis_of(uint64_t seq) const { return time_axis ? idx->time_at(std::min(seq, n ? n - 1 : 0)) : double(seq); }
  float x_of(uint64_t seq) const;            // left edge of event seq (seq == n: right edge of the last)
  uint64_t seq_at(float x) const;            // event under pixel x
  uint64_t first_visible() const { return seq_at(x0); }
  uint64_t last_visible() const;             // one past
  bool hit(float a, float b, float top, float bottom) const {
    return mouse_in && mouse.x >= a && mouse.x < b && mouse.y >= top && mouse.y < bottom;
  }
};

// What the mouse is over: the tooltip text and the event a click moves to.
struct Hover {
  bool active = false;
  std::string title, text;
  uint64_t seq = kOpen;       // click target (cursor goes just past it)
  void set(std::string t, std::string body, uint64_t s) {
    active = true;
    title = std::move(t);
    text = std::move(body);
    seq = s;
  }
};

// Lane kinds (one file each).  Each returns nothing; draws into ctx.dl at
// [ctx.y, ctx.y + ctx.h) and fills `hover` if the mouse is over an item.
void draw_axis(const LaneCtx& ctx);
void draw_loop_lane(const LaneCtx& ctx, Hover& hover);
void draw_task_lane(const LaneCtx& ctx, const TaskLane& lane, Hover& hover);
void draw_counter_lane(const LaneCtx& ctx, const Counter& c, Hover& hover);
// Markers and links span lanes.  Task rows scroll: only rows
// [first, last) of tasks() are on screen, row k's centre at
// first_y + (k - first) * pitch, inside [area_top, area_bottom).
struct LaneRows {
  const TraceIndex* idx = nullptr;
  float loop_y = 0;
  uint32_t first = 0, last = 0;
  float first_y = 0, pitch = 1;
  float area_top = 0, area_bottom = 0;
  // A lane's (task id, 0 = loop) row centre; NaN when scrolled out of view.
  float y_of(uint32_t task) const;
  // Like y_of, but a task scrolled out of view gives the area's nearer edge.
  float y_or_edge(uint32_t task) const;
};
// Markers of lane_markers() slots [slot_begin, slot_end) (0 = loop lane).
void draw_markers(const LaneCtx& ctx, const LaneRows& rows, size_t slot_begin, size_t slot_end, Hover& hover);
void draw_links(const LaneCtx& ctx, const LaneRows& rows);

// Shared by the lanes: merge items narrower than a couple of pixels.
constexpr float kMinItemPx = 2.0f;
// A task step that runs this long without awaiting blocks the loop: no other
// task or callback runs meanwhile.  asyncio's debug mode warns at 0.1 s
// (loop.slow_callback_duration); on the virtual clock no time passes inside
// a step, so the events it records (one per line run) stand in for time.
constexpr double kBlockedSeconds = 0.1;
constexpr uint64_t kBlockedEvents = 2000;
bool blocks_loop(const TraceIndex& idx, const Segment& s, uint64_t n);
// The colour key above the lanes: which colour is which state.
void draw_legend(App& app);
std::string describe_segment(const TraceIndex& idx, const Segment& s);

class TimelineView {
 public:
  void draw(App& app);
  void fit() { auto_fit_ = true; }
  void reset_view() { auto_fit_ = true; v0_ = 0; v1_ = 64; seen_tasks_ = 0; scroll_ = 0; }
  // Keep `seq` on screen (stepping moves the cursor out of view).
  void follow(uint64_t seq) { follow_ = seq; }
  // Zoom about pixel x by factor (>1 = zoom in), pan by pixels: the
  // benchmark's scripted input and the wheel/drag handlers use these.
  void zoom(float factor, float px);
  void pan(float dx_px);
  double view_begin() const { return v0_; }
  double view_end() const { return v1_; }
  bool auto_fit() const { return auto_fit_; }
  float lanes_x0() const { return x0_; }
  float lanes_x1() const { return x1_; }
  // The pixel x of event seq in the last drawn frame (tests click there).
  float x_of_last(uint64_t seq) const { return last_.x_of(seq); }
  float lane_y_of(uint32_t task) const { return rows_.y_of(task); }
  // Vertical scrolling of the task lanes (the loop lane and the counter
  // tracks stay put): by pixels (> 0 = down), the offset, the rows on screen
  // in the last frame, and whether they all fit.
  void scroll_lanes(float dy_px) { scroll_ += dy_px; }
  float lanes_scroll() const { return scroll_; }
  uint32_t first_row() const { return rows_.first; }
  uint32_t end_row() const { return rows_.last; }
  bool lanes_fit() const { return content_h_ <= area_h_; }
  // The scroll bar's thumb in the last frame (empty when the lanes fit).
  ImVec2 thumb_min() const { return thumb_min_; }
  ImVec2 thumb_max() const { return thumb_max_; }
  float counters_top() const { return counters_top_; }

 private:
  double v0_ = 0, v1_ = 64;
  bool auto_fit_ = true;
  bool time_axis_ = false;
  uint64_t follow_ = kOpen;
  float x0_ = 0, x1_ = 1;
  bool dragging_ = false;
  bool thumb_drag_ = false;     // the current press started on the scroll bar
  float drag_total_ = 0;
  float scroll_ = 0;            // task lanes, pixels from the top
  size_t seen_tasks_ = 0;       // lanes in the last frame: new ones (a live client) scroll into view
  float counter_scroll_ = 0;    // counter tracks, when more than fit
  float content_h_ = 0, area_h_ = 0;
  ImVec2 thumb_min_, thumb_max_;
  float counters_top_ = 0;
  LaneCtx last_;
  LaneRows rows_;
};

}  // namespace sandbox::gui
