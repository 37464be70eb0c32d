// The colour key over the timeline: each task state with its colour, drawn
// as on the lanes (waiting as a thin bar), then "mixed" and the hazard
// stripes.  Small type, wrapping to a second row only when it must.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app_ui.h"
#include "theme.h"
#include "timeline/timeline.h"

namespace sandbox::gui {

namespace {

enum class Swatch { Full, Thin, Mixed, Hazard, Label };

struct Item {
  std::string key, text;
  Swatch swatch;
  ImU32 col;
};

std::vector<Item> legend_items() {
  using W = trace::WaitKind;
  auto st = [](LaneState s) { return state_color(s, W::None); };
  auto wt = [](W w) { return state_color(LaneState::Waiting, w); };
  std::string future = std::string(wait_kind_name(W::Future)) + " / " + wait_kind_name(W::Task);
  std::string other = std::string(wait_kind_name(W::Yield)) + " / " + wait_kind_name(W::Other);
  return {
      {"running", tr(Str::StRunning), Swatch::Full, st(LaneState::Running)},
      {"ready", tr(Str::StReady), Swatch::Full, st(LaneState::Ready)},
      {"waiting", std::string(tr(Str::LegendWaitingOn)) + ":", Swatch::Label, 0},
      {"timer", wait_kind_name(W::Timer), Swatch::Thin, wt(W::Timer)},
      {"future", future, Swatch::Thin, wt(W::Future)},
      {"queue", wait_kind_name(W::Queue), Swatch::Thin, wt(W::Queue)},
      {"lock", wait_kind_name(W::Lock), Swatch::Thin, wt(W::Lock)},
      {"socket", wait_kind_name(W::Socket), Swatch::Thin, wt(W::Socket)},
      {"other", other, Swatch::Thin, wt(W::Other)},
      {"done", tr(Str::StDone), Swatch::Full, st(LaneState::Done)},
      {"failed", tr(Str::StFailed), Swatch::Full, st(LaneState::Failed)},
      {"mixed", tr(Str::LegendMixed), Swatch::Mixed, theme().mixed},
      {"blocked", tr(Str::BlocksLoop), Swatch::Hazard, theme().hazard},
  };
}

}  // namespace

void draw_legend(App& app) {
  const Theme& th = theme();
  ImFont* font = ImGui::GetFont();
  // Smaller on a projector (the lanes need the room; the font is large there).
  const float fs = ImGui::GetFontSize(), size = std::round(fs * (app.settings.presentation ? 0.62f : 0.8f));
  const float sw = std::round(size * 1.2f), gap = std::round(size * 0.35f), spacing = std::round(size * 0.9f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float right = origin.x + ImGui::GetContentRegionAvail().x;
  const float row_h = std::round(size * 1.3f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = origin.x, y = origin.y;
  for (const Item& it : legend_items()) {
    const float tw = font->CalcTextSizeA(size, 1e9f, 0, it.text.c_str()).x;
    const float w = (it.swatch == Swatch::Label ? 0 : sw + gap) + tw;
    if (x > origin.x && x + w > right) {
      x = origin.x;
      y += row_h;
    }
    const float top = y + row_h * 0.2f, bottom = y + row_h * 0.8f;
    float tx = x;
    switch (it.swatch) {
      case Swatch::Full: dl->AddRectFilled(ImVec2(x, top), ImVec2(x + sw, bottom), it.col); break;
      case Swatch::Thin:
        dl->AddRectFilled(ImVec2(x, top + (bottom - top) * 0.25f), ImVec2(x + sw, bottom - (bottom - top) * 0.25f), it.col);
        break;
      case Swatch::Mixed: dl->AddRectFilled(ImVec2(x, top), ImVec2(x + sw, bottom), it.col); break;
      case Swatch::Hazard: {
        dl->PushClipRect(ImVec2(x, top), ImVec2(x + sw, bottom), true);
        for (float sx = x - sw; sx < x + sw; sx += size * 0.45f)
          dl->AddLine(ImVec2(sx, bottom), ImVec2(sx + (bottom - top), top), it.col, 2.0f);
        dl->PopClipRect();
        dl->AddRect(ImVec2(x, top), ImVec2(x + sw, bottom), it.col);
        break;
      }
      case Swatch::Label: break;
    }
    if (it.swatch != Swatch::Label) tx += sw + gap;
    dl->AddText(font, size, ImVec2(tx, y + (row_h - size) * 0.5f), it.swatch == Swatch::Label ? th.text_dim : th.text,
                it.text.c_str());
    app.rects["legend:" + it.key] = {ImVec2(x, top), ImVec2(x + sw, bottom)};
    x += w + (it.swatch == Swatch::Label ? gap : spacing);
  }
  ImGui::Dummy(ImVec2(std::max(1.0f, right - origin.x), y + row_h - origin.y));
}

}  // namespace sandbox::gui
