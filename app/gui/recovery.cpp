#include "recovery.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sandbox::gui {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMagic = "asyncio-sandbox recovery 1";

// ID: pid, start time and a counter, so instances (and App objects in one
// process, as in the tests) never share a file.
std::string make_id() {
  static int counter = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%d-%lld-%d", static_cast<int>(getpid()), static_cast<long long>(std::time(nullptr)),
                ++counter);
  return buf;
}

bool read_all(const std::string& file, std::string* out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// "magic\npath: P\ntime: T\n\n" + text.  False if it is not ours.
bool parse_edit(const std::string& data, RecoveredEdit* e) {
  size_t p = data.find('\n');
  if (p == std::string::npos || data.compare(0, p, kMagic) != 0) return false;
  size_t q = data.find('\n', p + 1);
  if (q == std::string::npos || data.compare(p + 1, 6, "path: ") != 0) return false;
  e->path = data.substr(p + 7, q - p - 7);
  size_t r = data.find('\n', q + 1);
  if (r == std::string::npos || data.compare(q + 1, 6, "time: ") != 0) return false;
  e->saved_at = std::strtoll(data.c_str() + q + 7, nullptr, 10);
  if (r + 1 >= data.size() || data[r + 1] != '\n') return false;
  e->text = data.substr(r + 2);
  return true;
}

}  // namespace

std::string RecoveredEdit::when() const {
  std::time_t t = static_cast<std::time_t>(saved_at);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M", &tm);
  return buf;
}

Recovery::Recovery(std::string dir, Clock clock) : dir_(std::move(dir)), id_(make_id()), clock_(std::move(clock)) {
  edit_file_ = (fs::path(dir_) / (id_ + ".edit")).string();
  lock_file_ = (fs::path(dir_) / (id_ + ".lock")).string();
  if (!clock_) {
    clock_ = [] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    };
  }
  writer_ = std::thread([this] { writer_loop(); });
}

Recovery::~Recovery() {
  {
    std::lock_guard<std::mutex> g(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  writer_.join();
  // Not a clean exit (that is finish()): the edit stays for the next start.
  std::error_code ec;
  if (!written_) fs::remove(lock_file_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
  for (int fd : orphan_locks_) ::close(fd);
}

void Recovery::writer_loop() {
  std::unique_lock<std::mutex> lk(mu_);
  while (!stop_) {
    if (!pending_) {
      cv_.wait(lk);
      continue;
    }
    const double due = std::min(last_change_ + kQuiet, first_change_ + kMaxDelay);
    const double wait = due - now();
    if (wait > 0) {
      cv_.wait_for(lk, std::chrono::duration<double>(wait));
      continue;
    }
    write_pending(lk);
  }
}

// Called with mu_ held (through `state`); returns with it held again.
bool Recovery::write_pending(std::unique_lock<std::mutex>& state) {
  const std::string text = pending_text_, path = pending_path_;
  const uint64_t generation = generation_;
  pending_ = false;
  writing_ = true;
  state.unlock();
  bool ok = true, cancelled = false;
  {
    std::lock_guard<std::mutex> io(io_);
    {
      std::lock_guard<std::mutex> g(mu_);
      cancelled = generation != generation_;   // cleared (saved, discarded) meanwhile
    }
    if (!cancelled) ok = ensure_lock() && write_to(edit_file_, path, text);
  }
  state.lock();
  writing_ = false;
  cv_.notify_all();
  if (cancelled) return true;
  if (ok) {
    written_ = true;
  } else if (!pending_) {
    // Retry after another quiet spell, unless newer text is already waiting.
    pending_ = true;
    pending_text_ = text;
    pending_path_ = path;
    first_change_ = last_change_ = now();
  }
  cv_.notify_all();
  return ok;
}

void Recovery::finish() {
  clear();
  std::lock_guard<std::mutex> io(io_);
  std::error_code ec;
  fs::remove(lock_file_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
  lock_fd_ = -1;
}

bool Recovery::ensure_lock() {
  if (lock_fd_ >= 0) return true;
  std::error_code ec;
  fs::create_directories(dir_, ec);
  lock_fd_ = ::open(lock_file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock_fd_ < 0) return false;
  if (flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    return false;
  }
  return true;
}

bool Recovery::set_aside(const std::string& path, const std::string& text) {
  std::lock_guard<std::mutex> io(io_);
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::string file =
      (fs::path(dir_) / (id_ + "-aside-" + std::to_string(asides_.size() + 1) + ".edit")).string();
  if (!write_to(file, path, text)) return false;
  asides_.push_back({file, path});
  return true;
}

std::optional<RecoveredEdit> Recovery::aside_for(const std::string& path) const {
  if (path.empty()) return std::nullopt;
  std::error_code ec;
  const fs::path want = fs::absolute(path, ec).lexically_normal();
  for (auto it = asides_.rbegin(); it != asides_.rend(); ++it) {
    if (it->path.empty() || fs::absolute(it->path, ec).lexically_normal() != want) continue;
    RecoveredEdit e;
    std::string data;
    if (!read_all(it->file, &data) || !parse_edit(data, &e)) continue;
    e.file = it->file;
    return e;
  }
  return std::nullopt;
}

bool Recovery::write_to(const std::string& file, const std::string& path, const std::string& text) {
  const std::string tmp = file + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << kMagic << "\npath: " << path << "\ntime: " << static_cast<long long>(std::time(nullptr)) << "\n\n" << text;
    out.flush();
    if (!out) return false;
  }
  // fsync before the rename, so a crash right after cannot leave an empty file.
  int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  return !ec;
}

void Recovery::update(const std::string& path, const std::string& text, bool dirty) {
  if (!dirty) {
    if (seen_dirty_) clear();
    return;
  }
  if (!seen_dirty_ || text != seen_text_ || path != seen_path_) {
    seen_dirty_ = true;
    seen_text_ = text;
    seen_path_ = path;
    const double t = now();
    std::lock_guard<std::mutex> g(mu_);
    if (!pending_) first_change_ = t;
    pending_ = true;
    last_change_ = t;
    pending_text_ = text;
    pending_path_ = path;
  }
  // Also wakes the writer when a test's clock moved on without a real wait.
  cv_.notify_all();
}

void Recovery::flush() {
  std::unique_lock<std::mutex> lk(mu_);
  if (pending_) write_pending(lk);
}

bool Recovery::has_file() const {
  std::lock_guard<std::mutex> g(mu_);
  return written_;
}

bool Recovery::pending() const {
  std::lock_guard<std::mutex> g(mu_);
  return pending_;
}

bool Recovery::wait_written(double seconds) const {
  std::unique_lock<std::mutex> lk(mu_);
  return cv_.wait_for(lk, std::chrono::duration<double>(seconds), [this] { return !pending_ && !writing_; });
}

void Recovery::clear() {
  std::lock_guard<std::mutex> io(io_);
  {
    std::lock_guard<std::mutex> g(mu_);
    ++generation_;
    written_ = false;
    pending_ = false;
    pending_text_.clear();
    pending_path_.clear();
  }
  cv_.notify_all();
  std::error_code ec;
  fs::remove(edit_file_, ec);
  fs::remove(edit_file_ + ".tmp", ec);
  seen_dirty_ = false;
  seen_text_.clear();
  seen_path_.clear();
}

std::vector<RecoveredEdit> Recovery::orphans() {
  std::vector<RecoveredEdit> found;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir_, ec)) {
    // This instance's own files (its edit, what it set aside) are not orphans.
    const bool own = e.path().filename().string().rfind(id_, 0) == 0;
    if (e.path().extension() == ".edit" && !own) files.push_back(e.path());
    // A lock with no edit beside it, from an instance killed before it had
    // anything to save: swept once nobody holds it.
    if (e.path().extension() == ".lock" && e.path() != fs::path(lock_file_)) {
      fs::path edit = e.path();
      edit.replace_extension(".edit");
      std::error_code ec2;
      if (fs::exists(edit, ec2)) continue;
      int fd = ::open(e.path().c_str(), O_RDWR | O_CLOEXEC);
      if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0) fs::remove(e.path(), ec2);
      if (fd >= 0) ::close(fd);
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    if (std::find(orphan_files_.begin(), orphan_files_.end(), f.string()) != orphan_files_.end()) continue;
    fs::path lock = f;
    lock.replace_extension(".lock");
    int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) continue;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {   // its instance is still running
      ::close(fd);
      continue;
    }
    RecoveredEdit e;
    std::string data;
    if (!read_all(f.string(), &data) || !parse_edit(data, &e)) {
      ::close(fd);
      continue;   // not ours or half-written: leave it alone
    }
    e.file = f.string();
    orphan_locks_.push_back(fd);
    orphan_files_.push_back(e.file);
    found.push_back(std::move(e));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const RecoveredEdit& a, const RecoveredEdit& b) { return a.saved_at > b.saved_at; });
  return found;
}

void Recovery::resolve(const RecoveredEdit& e) {
  std::error_code ec;
  fs::path lock = e.file;
  lock.replace_extension(".lock");
  {
    std::lock_guard<std::mutex> io(io_);
    fs::remove(e.file, ec);
    fs::remove(lock, ec);
  }
  asides_.erase(std::remove_if(asides_.begin(), asides_.end(), [&](const Aside& a) { return a.file == e.file; }),
                asides_.end());
  auto it = std::find(orphan_files_.begin(), orphan_files_.end(), e.file);
  if (it != orphan_files_.end()) {
    size_t i = static_cast<size_t>(it - orphan_files_.begin());
    ::close(orphan_locks_[i]);
    orphan_locks_.erase(orphan_locks_.begin() + static_cast<long>(i));
    orphan_files_.erase(it);
  }
}

}  // namespace sandbox::gui
