// TraceSource over the engine's Session: the only place the app touches it.
#include <algorithm>
#include <fstream>

#include "trace/export.h"

#include "source.h"

namespace sandbox::gui {

namespace {

class SessionSource final : public TraceSource {
 public:
  Session session;

  uint64_t size() const override { return session.trace().size(); }
  const trace::Event& event(uint64_t i) const override { return session.trace()[i]; }
  std::string_view str(int64_t id) const override { return session.trace().str(id); }
  model::Model model_at(uint64_t cursor) const override { return session.model_at(cursor); }
  uint64_t advance(uint64_t from, const StopRequest& req) override { return session.advance(from, req); }
  void run_to_end() override { session.run_to_end(); }
  RunState state() const override { return session.state(); }
  const std::string& stderr_text() const override { return session.stderr_text(); }
  bool export_chrome(const std::string& path, std::string* error) const override;
  bool live() const override { return live_; }
  uint64_t sync() override { return live_ ? session.sync_live() : 0; }
  bool live_running() const override { return live_ && session.live_running(); }
  void interrupt() override {
    if (live_) session.interrupt();
  }
  void set_speed(double speed) override {
    if (live_) session.set_live_speed(speed);
  }
  bool live_ = false;
};

bool SessionSource::export_chrome(const std::string& path, std::string* error) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    if (error) *error = "cannot write " + path;
    return false;
  }
  trace::export_chrome(session.trace(), out);
  if (!out) {
    if (error) *error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<TraceSource> make_session_source(const std::string& text, const std::string& filename,
                                                 Diagnostic* diag, const RunMode& mode) {
  auto s = std::make_unique<SessionSource>();
  SessionOptions opt;
  opt.filename = filename;
  opt.live = mode.live;
  opt.speed = std::clamp(mode.speed, 0.1, 10.0);
  if (!s->session.load(text, opt)) {
    if (diag && s->session.diagnostic()) *diag = *s->session.diagnostic();
    return nullptr;
  }
  if (mode.live) s->live_ = s->session.start_live();
  return s;
}

}  // namespace sandbox::gui
