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
  if (task < task_y.size()) return task_y[task];
  return NAN;
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
  ImGui::SameLine(0, fs);
  if (ImGui::RadioButton(tr(Str::AxisSteps), !time_axis)) { app.settings.time_axis = false; auto_fit_ = true; }
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::AxisTime), time_axis)) { app.settings.time_axis = true; auto_fit_ = true; }
  ImGui::SameLine();
  if (ImGui::Button(tr(Str::BtnFit))) auto_fit_ = true;
  ImGui::SameLine(0, fs);
  ImGui::TextDisabled("%s %llu / %llu", tr(Str::Event), static_cast<unsigned long long>(app.doc.cursor()),
                      static_cast<unsigned long long>(app.doc.recorded()));
  if (time_axis != app.settings.time_axis) time_axis = app.settings.time_axis;
  if (time_axis_ != time_axis) {
    time_axis_ = time_axis;
    auto_fit_ = true;
  }

  const uint64_t n = idx.indexed();
  ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float label_w = std::max(fs * 9.0f, 120.0f);
  const float axis_h = fs * 1.6f;
  // Rows grow to fill the panel (easier to read on a projector), within limits.
  const size_t rows_needed = idx.tasks().size() + idx.counters().size() * 2 + 2;
  const float room = (avail.y - axis_h - 12) / static_cast<float>(std::max<size_t>(rows_needed, 1));
  const float row_h = std::round(std::clamp(room - 2, fs * 1.1f, fs * 2.0f));
  const float loop_h = row_h * 2.0f + 2;
  const float counter_h = std::round(fs * 2.4f);
  x0_ = p0.x + label_w;
  x1_ = p0.x + avail.x - 4;

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
  // Follow the cursor: scroll (not zoom) so it stays on screen.
  if (follow_ != kOpen && !auto_fit_) {
    double a = time_axis ? idx.time_at(follow_ ? follow_ - 1 : 0) : static_cast<double>(follow_);
    double span = v1_ - v0_;
    if (a < v0_ || a > v1_) {
      v0_ = a - span * 0.5;
      v1_ = v0_ + span;
    }
  }
  follow_ = kOpen;
  ctx.v0 = v0_;
  ctx.v1 = v1_;
  ctx.scale = (x1_ - x0_) / std::max(1e-12, v1_ - v0_);

  // The drawing area: an invisible button catches the mouse; lanes below the
  // axis scroll vertically inside a child window.
  ImGui::InvisibleButton("##timeline_area", ImVec2(std::max(1.0f, avail.x), std::max(1.0f, avail.y)),
                         ImGuiButtonFlags_MouseButtonLeft);
  const bool area_hovered = ImGui::IsItemHovered();
  const bool area_active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ctx.dl = dl;
  ctx.mouse = io.MousePos;
  ctx.mouse_in = area_hovered && io.MousePos.x >= x0_;
  dl->PushClipRect(p0, ImVec2(p0.x + avail.x, p0.y + avail.y), true);
  dl->AddRectFilled(p0, ImVec2(p0.x + avail.x, p0.y + avail.y), th.bg);

  // Axis.
  ctx.y = p0.y;
  ctx.h = axis_h;
  draw_axis(ctx);

  // Lanes.
  Hover hover;
  rows_ = LaneRows();
  rows_.task_y.assign(idx.tasks().empty() ? 0 : idx.tasks().back().id + 1, NAN);
  for (const TaskLane& t : idx.tasks())
    if (t.id >= rows_.task_y.size()) rows_.task_y.resize(t.id + 1, NAN);
  float y = p0.y + axis_h + 4;
  const float lanes_top = y;
  auto label = [&](const char* text, ImU32 col, float ly, float lh, bool bold) {
    ImVec2 ts = ImGui::CalcTextSize(text);
    float ty = ly + (lh - ts.y) * 0.5f;
    dl->PushClipRect(ImVec2(p0.x, ly), ImVec2(x0_ - 6, ly + lh), true);
    dl->AddText(ImVec2(p0.x + fs * 0.9f, ty), col, text);
    if (bold) dl->AddText(ImVec2(p0.x + fs * 0.9f + 0.6f, ty), col, text);
    dl->PopClipRect();
  };

  // Loop lane.
  ctx.y = y;
  ctx.h = loop_h;
  rows_.loop_y = y + row_h * 0.5f;
  label(tr(Str::Loop), th.text, y, row_h, true);
  label(tr(Str::Callbacks), th.text_dim, y + row_h, row_h, false);
  dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + loop_h), true);
  draw_loop_lane(ctx, hover);
  dl->PopClipRect();
  y += loop_h + 4;
  dl->AddLine(ImVec2(p0.x, y - 2), ImVec2(x1_, y - 2), th.grid);

  // Task lanes (creation order), only those alive somewhere in the view.
  for (const TaskLane& t : idx.tasks()) {
    ctx.y = y;
    ctx.h = row_h;
    rows_.task_y[t.id] = y + row_h * 0.5f;
    ImU32 col = task_color(t.color);
    dl->AddRectFilled(ImVec2(p0.x + fs * 0.3f, y + 3), ImVec2(p0.x + fs * 0.6f, y + row_h - 3), col);
    bool running = app.doc.model().running_task == t.id;
    label(t.name.c_str(), running ? th.text : th.text_dim, y, row_h, running);
    dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + row_h), true);
    draw_task_lane(ctx, t, hover);
    dl->PopClipRect();
    y += row_h + 2;
  }
  // Counter lanes.
  for (const Counter& c : idx.counters()) {
    ctx.y = y;
    ctx.h = counter_h;
    std::string name = c.name;
    label(name.c_str(), th.text_dim, y, row_h, false);
    dl->PushClipRect(ImVec2(x0_, y), ImVec2(x1_, y + counter_h), true);
    draw_counter_lane(ctx, c, hover);
    dl->PopClipRect();
    y += counter_h + 4;
  }
  const float lanes_bottom = std::min(y, p0.y + avail.y);

  // Markers and links over the lanes.
  dl->PushClipRect(ImVec2(x0_, lanes_top), ImVec2(x1_, lanes_bottom), true);
  ctx.y = lanes_top;
  ctx.h = lanes_bottom - lanes_top;
  draw_markers(ctx, rows_, hover);
  draw_links(ctx, rows_);

  // Recorded but after the cursor (after stepping back): dimmed.
  float xc = ctx.x_of(ctx.cursor);
  if (ctx.cursor < n) {
    float xe = ctx.x_of(n);
    dl->AddRectFilled(ImVec2(std::max(xc, x0_), lanes_top), ImVec2(std::min(xe, x1_), lanes_bottom),
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
  dl->PopClipRect();
  last_ = ctx;

  // Input: wheel zooms at the mouse, drag pans, click moves the cursor.
  if (area_hovered && io.MouseWheel != 0 && io.MousePos.x >= x0_)
    zoom(std::pow(1.25f, io.MouseWheel), io.MousePos.x);
  if (area_active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    pan(io.MouseDelta.x);
    dragging_ = true;
  }
  if (ImGui::IsItemDeactivated()) {
    if (!dragging_ && io.MouseClickedPos[0].x >= x0_) {
      uint64_t target = hover.active && hover.seq != kOpen ? hover.seq : ctx.seq_at(io.MousePos.x);
      if (n > 0) app.doc.set_cursor(std::min<uint64_t>(target + 1, n));
      app.playing = false;
    }
    dragging_ = false;
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
