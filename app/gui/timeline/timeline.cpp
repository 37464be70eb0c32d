// The timeline view: layout of lanes, zoom/pan/fit, cursor, tooltip, click.
#include "timeline/timeline.h"

#include <algorithm>
#include <cmath>

#include "app_ui.h"
#include "narrate.h"
#include "theme.h"

namespace sandbox::gui {

float LaneCtx::x_of(uint64_t seq) const {
  double a;
  if (time_axis) {
    a = n ? idx->time_at(std::min(seq, n - 1)) : 0.0;
  } else {
    a = static_cast<double>(std::min(seq, n));
  }
  return static_cast<float>(x0 + (a - v0) * scale);
}

uint64_t LaneCtx::seq_at(float x) const {
  if (n == 0) return 0;
  double a = v0 + (x - x0) / scale;
  if (!time_axis) {
    if (a <= 0) return 0;
    return std::min<uint64_t>(static_cast<uint64_t>(a), n - 1);
  }
  // The last event at or before time a.
  uint64_t first_after = idx->seq_at_time(std::nextafter(a, 1e300));
  return first_after == 0 ? 0 : std::min(first_after - 1, n - 1);
}

uint64_t LaneCtx::last_visible() const { return std::min(n, seq_at(x1) + 1); }

float LaneRows::y_of(uint32_t task) const {
  if (task == 0) return loop_y;
  uint32_t slot = idx ? idx->slot_of(task) : TraceIndex::kNoSlot;
  if (slot == TraceIndex::kNoSlot || slot < first || slot >= last) return NAN;
  return first_y + static_cast<float>(slot - first) * pitch;
}

float LaneRows::y_or_edge(uint32_t task) const {
  if (task == 0) return loop_y;
  uint32_t slot = idx ? idx->slot_of(task) : TraceIndex::kNoSlot;
  if (slot == TraceIndex::kNoSlot) return loop_y;
  if (slot < first) return area_top;
  if (slot >= last) return area_bottom;
  return first_y + static_cast<float>(slot - first) * pitch;
}

void TimelineView::zoom(float factor, float px) {
  double span = v1_ - v0_;
  double w = std::max(1.0f, x1_ - x0_);
  double at = v0_ + (px - x0_) / w * span;
  double new_span = std::max(span / factor, time_axis_ ? 1e-6 : 4.0);
  v0_ = at - (at - v0_) / span * new_span;
  v1_ = v0_ + new_span;
  auto_fit_ = false;
}

void TimelineView::pan(float dx_px) {
  double w = std::max(1.0f, x1_ - x0_);
  double d = -dx_px / w * (v1_ - v0_);
  v0_ += d;
  v1_ += d;
  auto_fit_ = false;
}

void TimelineView::draw(App& app) {
  const TraceIndex& idx = app.doc.index();
  const Theme& th = theme();
  ImGuiIO& io = ImGui::GetIO();
  const float fs = ImGui::GetFontSize();

  // Header: axis switch, fit, zoom hint.
  bool time_axis = app.settings.time_axis;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Str::PanelTimeline));
  // A projector keeps the lanes' room: title, Fit and the legend share a row.
  const bool compact = app.settings.presentation;
  if (!compact) {
    ImGui::SameLine(0, fs);
    if (ImGui::RadioButton(tr(Str::AxisSteps), !time_axis)) { app.settings.time_axis = false; auto_fit_ = true; }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::AxisTime), time_axis)) { app.settings.time_axis = true; auto_fit_ = true; }
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::BtnFit))) auto_fit_ = true;
  if (!compact) {
    ImGui::SameLine(0, fs);
    ImGui::TextDisabled("%s %llu / %llu", tr(Str::Event), static_cast<unsigned long long>(app.doc.cursor()),
                        static_cast<unsigned long long>(app.doc.recorded()));
  } else {
    ImGui::SameLine(0, fs);
  }
  draw_legend(app);
  if (time_axis != app.settings.time_axis) time_axis = app.settings.time_axis;
  if (time_axis_ != time_axis) {
    time_axis_ = time_axis;
    auto_fit_ = true;
  }

  const uint64_t n = idx.indexed();
  ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float label_w = std::max(fs * 9.0f, 120.0f);
  const float axis_h = fs * (compact ? 1.25f : 1.6f);
  const float bottom = p0.y + avail.y;

  // Layout, top to bottom: axis, the loop lane (pinned), the task lanes
  // (scrolling when there are more than fit), the counter tracks (pinned
  // under them, up to a third of the room; they scroll on their own beyond).
  const size_t ntasks = idx.tasks().size(), ncounters = idx.counters().size();
  // Rows grow to fill the panel (easier to read on a projector), within limits.
  const size_t rows_needed = ntasks + ncounters * 2 + 2;
  const float room = (avail.y - axis_h - 12) / static_cast<float>(std::max<size_t>(rows_needed, 1));
  const float row_h = std::round(std::clamp(room - 2, fs * 1.1f, fs * 2.0f));
  const float pitch = row_h + 2;
  const float loop_h = row_h * 2.0f + 2;
  const float counter_h = std::round(fs * 2.4f);
  const float counter_pitch = counter_h + 4;
  const float loop_top = p0.y + axis_h + 4;
  const float tasks_top = loop_top + loop_h + 4;
  const float below = std::max(0.0f, bottom - tasks_top);
  const float tasks_content = static_cast<float>(ntasks) * pitch;
  const float counters_content = static_cast<float>(ncounters) * counter_pitch;
  float counters_h = 0;
  if (ncounters > 0) {
    counters_h = std::min(counters_content, std::max(counter_pitch, below / 3));
    // Tasks that fit leave the rest of the room to the counters.
    if (tasks_content < below - counters_h) counters_h = std::min(counters_content, below - tasks_content);
  }
  area_h_ = std::max(0.0f, below - counters_h);
  content_h_ = tasks_content;
  const bool scrolls = content_h_ > area_h_ + 0.5f;
  const float tasks_bottom = tasks_top + std::min(tasks_content, area_h_);
  const float counters_top = tasks_bottom;
  const float counters_bottom = std::min(bottom, counters_top + counters_h);
  counters_top_ = counters_top;
  const float sb_w = scrolls ? std::max(8.0f, std::round(fs * 0.55f)) : 0.0f;
  x0_ = p0.x + label_w;
  x1_ = p0.x + avail.x - 4 - (scrolls ? sb_w + 4 : 0.0f);

  // Auto-fit: show everything recorded (with room to grow while stepping).
  if (auto_fit_) {
    if (time_axis) {
      v0_ = 0;
      v1_ = std::max(idx.end_time() * 1.02, 0.01);
    } else {
      v0_ = 0;
      v1_ = std::max<double>(static_cast<double>(n) * 1.02, 32.0);
    }
  }
  LaneCtx ctx;
  ctx.idx = &idx;
  ctx.n = n;
  ctx.cursor = app.doc.cursor();
  ctx.time_axis = time_axis;
  ctx.x0 = x0_;
  ctx.x1 = x1_;
  ctx.font = fs;
  // Follow the cursor: scroll (not zoom) so it stays on screen, and bring the
  // lane of the task it is in into view.
  if (follow_ != kOpen) {
    if (!auto_fit_) {
      double a = time_axis ? idx.time_at(follow_ ? follow_ - 1 : 0) : static_cast<double>(follow_);
      double span = v1_ - v0_;
      if (a < v0_ || a > v1_) {
        v0_ = a - span * 0.5;
        v1_ = v0_ + span;
      }
    }
    uint32_t slot = follow_ > 0 && follow_ <= n ? idx.slot_of(idx.lane_of(follow_ - 1)) : TraceIndex::kNoSlot;
    if (slot != TraceIndex::kNoSlot && scrolls) {
      float top = static_cast<float>(slot) * pitch;
      if (top < scroll_ || top + pitch > scroll_ + area_h_) scroll_ = top - (area_h_ - pitch) * 0.5f;
    }
  }
  follow_ = kOpen;
  // New lanes while the cursor is at the newest event (a client connecting
  // to a live server, End): the newest comes into view, unless the user
  // scrolled elsewhere to look at something.
  if (seen_tasks_ > 0 && ntasks > seen_tasks_ && app.doc.cursor() >= n && scrolls) {
    const float newest_bottom = static_cast<float>(ntasks) * pitch;
    const float old_bottom = static_cast<float>(seen_tasks_) * pitch;
    if (scroll_ + area_h_ >= old_bottom - pitch * 1.5f) scroll_ = std::max(scroll_, newest_bottom - area_h_);
  }
  seen_tasks_ = ntasks;
  scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, content_h_ - area_h_));
  counter_scroll_ = std::clamp(counter_scroll_, 0.0f, std::max(0.0f, counters_content - counters_h));
  ctx.v0 = v0_;
  ctx.v1 = v1_;
  ctx.scale = (x1_ - x0_) / std::max(1e-12, v1_ - v0_);

  // The drawing area: an invisible button catches the mouse.
  ImGui::InvisibleButton("##timeline_area", ImVec2(std::max(1.0f, avail.x), std::max(1.0f, avail.y)),
                         ImGuiButtonFlags_MouseButtonLeft);
  const bool area_hovered = ImGui::IsItemHovered();
  const bool area_active = ImGui::IsItemActive();
  const bool area_activated = ImGui::IsItemActivated();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ctx.dl = dl;
  ctx.mouse = io.MousePos;
  ctx.mouse_in = area_hovered && io.MousePos.x >= x0_ && io.MousePos.x < x1_;
  dl->PushClipRect(p0, ImVec2(p0.x + avail.x, bottom), true);
  dl->AddRectFilled(p0, ImVec2(p0.x + avail.x, bottom), th.bg);

  // Axis.
  ctx.y = p0.y;
  ctx.h = axis_h;
  draw_axis(ctx);

  Hover hover;
  auto label = [&](const char* text, ImU32 col, float ly, float lh, bool bold) {
    ImVec2 ts = ImGui::CalcTextSize(text);
    float ty = ly + (lh - ts.y) * 0.5f;
    dl->PushClipRect(ImVec2(p0.x, ly), ImVec2(x0_ - 6, ly + lh), true);
    dl->AddText(ImVec2(p0.x + fs * 0.9f, ty), col, text);
    if (bold) dl->AddText(ImVec2(p0.x + fs * 0.9f + 0.6f, ty), col, text);
    dl->PopClipRect();
  };

  // Loop lane.
  float y = loop_top;
  ctx.y = y;
  ctx.h = loop_h;
  rows_ = LaneRows();
  rows_.idx = &idx;
  rows_.loop_y = y + row_h * 0.5f;
  label(tr(Str::Loop), th.text, y, row_h, true);
  label(tr(Str::Callbacks), th.text_dim, y + row_h, row_h, false);
  dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + loop_h), true);
  draw_loop_lane(ctx, hover);
  dl->PopClipRect();
  dl->AddLine(ImVec2(p0.x, tasks_top - 2), ImVec2(x1_, tasks_top - 2), th.grid);

  // Task lanes (creation order): only the rows scrolled into view are visited.
  rows_.pitch = pitch;
  rows_.area_top = tasks_top;
  rows_.area_bottom = tasks_bottom;
  rows_.first = static_cast<uint32_t>(std::min<size_t>(ntasks, static_cast<size_t>(scroll_ / pitch)));
  rows_.last = static_cast<uint32_t>(
      std::min<size_t>(ntasks, static_cast<size_t>(std::ceil((scroll_ + area_h_) / pitch))));
  rows_.first_y = tasks_top + static_cast<float>(rows_.first) * pitch - scroll_ + row_h * 0.5f;
  const bool mouse_in_tasks = io.MousePos.y >= tasks_top && io.MousePos.y < tasks_bottom;
  dl->PushClipRect(ImVec2(p0.x, tasks_top), ImVec2(x1_, tasks_bottom), true);
  for (uint32_t k = rows_.first; k < rows_.last; ++k) {
    const TaskLane& t = idx.tasks()[k];
    y = tasks_top + static_cast<float>(k) * pitch - scroll_;
    ctx.y = y;
    ctx.h = row_h;
    ctx.mouse_in = area_hovered && mouse_in_tasks && io.MousePos.x >= x0_ && io.MousePos.x < x1_;
    ImU32 col = task_color(t.color);
    dl->AddRectFilled(ImVec2(p0.x + fs * 0.3f, y + 3), ImVec2(p0.x + fs * 0.6f, y + row_h - 3), col);
    bool running = app.doc.model().running_task == t.id;
    label(t.name.c_str(), running ? th.text : th.text_dim, y, row_h, running);
    dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + row_h), true);
    draw_task_lane(ctx, t, hover);
    dl->PopClipRect();
  }
  dl->PopClipRect();

  // Counter tracks.
  if (ncounters > 0) {
    dl->AddLine(ImVec2(p0.x, counters_top), ImVec2(x1_, counters_top), th.grid);
    const bool mouse_in_counters = io.MousePos.y >= counters_top && io.MousePos.y < counters_bottom;
    dl->PushClipRect(ImVec2(p0.x, counters_top), ImVec2(x1_, counters_bottom), true);
    size_t c0 = std::min(ncounters, static_cast<size_t>(counter_scroll_ / counter_pitch));
    for (size_t k = c0; k < ncounters; ++k) {
      y = counters_top + 2 + static_cast<float>(k) * counter_pitch - counter_scroll_;
      if (y >= counters_bottom) break;
      const Counter& c = idx.counters()[k];
      ctx.y = y;
      ctx.h = counter_h;
      ctx.mouse_in = area_hovered && mouse_in_counters && io.MousePos.x >= x0_ && io.MousePos.x < x1_;
      label(c.name.c_str(), th.text_dim, y, row_h, false);
      dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + counter_h), true);
      draw_counter_lane(ctx, c, hover);
      dl->PopClipRect();
    }
    dl->PopClipRect();
  }
  const float lanes_bottom = ncounters > 0 ? counters_bottom : tasks_bottom;

  // Markers over the loop lane and the task rows on screen; links between them.
  ctx.mouse_in = area_hovered && io.MousePos.x >= x0_ && io.MousePos.x < x1_ && io.MousePos.y < tasks_bottom;
  ctx.y = loop_top;
  ctx.h = tasks_bottom - loop_top;
  dl->PushClipRect(ImVec2(x0_, loop_top), ImVec2(x1_, loop_top + loop_h), true);
  draw_markers(ctx, rows_, 0, 1, hover);
  dl->PopClipRect();
  dl->PushClipRect(ImVec2(x0_, tasks_top), ImVec2(x1_, tasks_bottom), true);
  draw_markers(ctx, rows_, size_t{rows_.first} + 1, size_t{rows_.last} + 1, hover);
  dl->PopClipRect();
  dl->PushClipRect(ImVec2(x0_, loop_top), ImVec2(x1_, tasks_bottom), true);
  draw_links(ctx, rows_);
  dl->PopClipRect();

  dl->PushClipRect(ImVec2(x0_, p0.y), ImVec2(x1_, bottom), true);
  // Recorded but after the cursor (after stepping back): dimmed.
  float xc = ctx.x_of(ctx.cursor);
  if (ctx.cursor < n) {
    float xe = ctx.x_of(n);
    dl->AddRectFilled(ImVec2(std::max(xc, x0_), loop_top), ImVec2(std::min(xe, x1_), lanes_bottom),
                      with_alpha(th.bg, 0.55f));
  }
  // The event just run: a band; the cursor: a line.
  if (ctx.cursor > 0 && !time_axis) {
    float xa = ctx.x_of(ctx.cursor - 1);
    dl->AddRectFilled(ImVec2(xa, p0.y), ImVec2(std::max(xa + 1, xc), lanes_bottom), with_alpha(th.cursor, 0.18f));
  }
  dl->AddLine(ImVec2(xc, p0.y), ImVec2(xc, lanes_bottom), th.cursor, 2.0f);
  dl->AddTriangleFilled(ImVec2(xc - 6, p0.y), ImVec2(xc + 6, p0.y), ImVec2(xc, p0.y + 8), th.cursor);
  dl->PopClipRect();

  // The scroll bar of the task lanes.
  const ImVec2 track_min(x1_ + 4, tasks_top), track_max(x1_ + 4 + sb_w, tasks_bottom);
  const float thumb_h = scrolls ? std::max(fs, area_h_ * area_h_ / content_h_) : 0.0f;
  const float scroll_max = std::max(1.0f, content_h_ - area_h_);
  if (scrolls) {
    float ty = tasks_top + (scroll_ / scroll_max) * (area_h_ - thumb_h);
    thumb_min_ = ImVec2(track_min.x, ty);
    thumb_max_ = ImVec2(track_max.x, ty + thumb_h);
    dl->AddRectFilled(track_min, track_max, with_alpha(th.grid, 0.6f), sb_w * 0.5f);
    dl->AddRectFilled(thumb_min_, thumb_max_, thumb_drag_ ? th.text : th.text_dim, sb_w * 0.5f);
  } else {
    thumb_min_ = thumb_max_ = ImVec2(0, 0);
  }
  dl->PopClipRect();
  last_ = ctx;

  // Input.  Wheel zooms at the mouse; over the labels, or with Shift, it
  // scrolls the rows under the mouse.  Drag pans (across, and down/up through
  // the task rows); the scroll bar drags or pages.  Click moves the cursor.
  const ImVec2 press = io.MouseClickedPos[0];
  const bool press_on_bar = scrolls && press.x >= track_min.x && press.x < track_max.x && press.y >= track_min.y &&
                            press.y < track_max.y;
  if (area_activated) {
    thumb_drag_ = press_on_bar;
    if (press_on_bar && (press.y < thumb_min_.y || press.y >= thumb_max_.y))
      scroll_ = (press.y - tasks_top - thumb_h * 0.5f) / std::max(1.0f, area_h_ - thumb_h) * scroll_max;
  }
  if (area_hovered && io.MouseWheel != 0) {
    const float step = pitch * 3 * io.MouseWheel;
    const bool over_counters = io.MousePos.y >= counters_top && io.MousePos.y < counters_bottom;
    if (io.MousePos.x < x0_ || io.KeyShift) {
      if (over_counters) counter_scroll_ -= step;
      else scroll_ -= step;
    } else if (io.MousePos.x >= x0_ && io.MousePos.x < x1_) {
      zoom(std::pow(1.25f, io.MouseWheel), io.MousePos.x);
    }
  }
  if (area_active && thumb_drag_) {
    scroll_ += io.MouseDelta.y * scroll_max / std::max(1.0f, area_h_ - thumb_h);
  } else if (area_active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    pan(io.MouseDelta.x);
    if (press.y >= counters_top && press.y < counters_bottom) counter_scroll_ -= io.MouseDelta.y;
    else if (press.y >= tasks_top) scroll_ -= io.MouseDelta.y;
    dragging_ = true;
  }
  if (ImGui::IsItemDeactivated()) {
    if (!dragging_ && !thumb_drag_ && press.x >= x0_ && press.x < x1_) {
      uint64_t target = hover.active && hover.seq != kOpen ? hover.seq : ctx.seq_at(io.MousePos.x);
      if (n > 0) app.doc.set_cursor(std::min<uint64_t>(target + 1, n));
      app.playing = false;
    }
    dragging_ = false;
    thumb_drag_ = false;
  }
  if (hover.active && hover.text.empty() && hover.seq < n) hover.text = narrate(app.doc, hover.seq, language());
  if (hover.active && !area_active) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(hover.title.c_str());
    if (!hover.text.empty()) {
      ImGui::PushTextWrapPos(fs * 30);
      ImGui::TextUnformatted(hover.text.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTooltip();
  }
}

}  // namespace sandbox::gui
