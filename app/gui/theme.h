// Colours: a dark theme for desks, a high-contrast light theme for
// projectors, the colours of task states on the timeline (Okabe-Ito in the
// light themes: colour-blind safe) and task identity palettes that never
// match a state colour.
#pragma once
#include <cstdint>

#include <imgui.h>

#include "trace/event.h"
#include "trace_index.h"

namespace sandbox::gui {

struct Theme {
  bool light = false;
  bool colorblind = false;
  ImU32 text, text_dim, bg, panel, grid, cursor, current_line, breakpoint, error, marker_timer,
      marker_output, link, loop_a, loop_b;
  ImU32 mixed;    // a zoomed-out block with no dominant state
  ImU32 hazard;   // stripes over a step that blocks the loop
};

const Theme& theme();
// Also resets ImGui's style: colours, and sizes scaled to the font.
void apply_theme(bool light, bool colorblind, float scale);

ImU32 task_color(size_t index);                  // identity palette entry for the n-th task
size_t task_palette_size();
ImU32 state_color(LaneState s, trace::WaitKind w);
ImU32 phase_color(trace::EventKind phase);
ImU32 with_alpha(ImU32 c, float a);
ImU32 contrast_text(ImU32 bg);                   // black or white, readable on bg

}  // namespace sandbox::gui
