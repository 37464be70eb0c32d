// Entry points of the desktop app, called by app/main.cpp.
#pragma once
#include <functional>
#include <string>

namespace sandbox::gui {

class App;

// `asyncio-sandbox [FILE]`: the window, with FILE loaded or the scenario list.
int run_app(int argc, char** argv);
// `asyncio-sandbox screenshot FILE [--at N|end] [--size WxH] [--present] -o OUT.png`
// (argv[0] = "screenshot").  Needs a display; Xvfb is enough.
int run_screenshot(int argc, char** argv);
// Opens a w x h window, lets `setup` load something into the app, renders a
// few frames and writes the last one to `out` as PNG.  0 on success.
int render_screenshot(int w, int h, const std::string& out, const std::function<bool(App&)>& setup);
// `asyncio-sandbox bench-ui [FILE] [--events N] [--synthetic [N]] [--startup [N]]`: CPU time per frame over a
// scripted zoom and pan of a million-event trace, and time to first frame.
int run_bench_ui(int argc, char** argv);

}  // namespace sandbox::gui
