// The editor never loses typed code: while the text differs from what is on
// disk, a recovery file is written as the user types (debounced; atomically,
// by writing a temporary file and renaming it over the old one).  Saving or a
// clean exit removes it.  After a crash or a kill it is still there, and the
// next start offers it back.
//
// The debounce runs on the wall clock, on a thread of its own: an idle app
// draws no frames (it sleeps until the next input), and the last keystrokes
// before a crash must still reach the disk about a second later.
//
// Files live in <config dir>/recovery/ (next to settings.ini), one pair per
// running instance: ID.edit (header + text) and ID.lock, which the instance
// holds an flock on for its whole life.  The kernel drops the lock when the
// process dies however it dies, so "a .edit whose .lock can be taken" means
// "left behind by an instance that did not exit cleanly" -- and two instances
// running at once never offer each other's edits.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace sandbox::gui {

struct RecoveredEdit {
  std::string file;            // the .edit file it came from
  std::string path;            // the document's file ("" if never saved)
  std::string text;
  int64_t saved_at = 0;        // Unix seconds when written
  std::string when() const;    // "HH:MM", local time
};

class Recovery {
 public:
  // Seconds on a monotonic clock; tests pass their own.
  using Clock = std::function<double()>;
  explicit Recovery(std::string dir, Clock clock = {});   // <config dir>/recovery
  ~Recovery();                          // releases the lock, keeps the file
  Recovery(const Recovery&) = delete;
  Recovery& operator=(const Recovery&) = delete;

  // Called every frame with the editor's text.  `dirty` = differs from disk.
  // The writer thread writes it once typing has paused for `kQuiet` seconds,
  // and at least every `kMaxDelay` seconds while typing goes on, whether or
  // not more frames come.
  void update(const std::string& path, const std::string& text, bool dirty);
  // Writes now if there is anything pending (before a risky operation).
  void flush();
  // The text is on disk (saved): no file needed.
  void clear();
  // A clean exit: the file and the lock go.
  void finish();
  // Another file replaces unsaved edits in the editor: they are written to a
  // file of their own that no instance holds, so the next start offers them.
  bool set_aside(const std::string& path, const std::string& text);
  // The newest edit this instance set aside for `path` (compared as absolute
  // paths), to offer back when that file is opened again.
  std::optional<RecoveredEdit> aside_for(const std::string& path) const;

  // Edits left behind by instances that are gone, newest first.  Their locks
  // are taken (so no other instance offers them) until resolve() is called.
  std::vector<RecoveredEdit> orphans();
  // Done with an orphan (recovered or discarded): delete its files.
  void resolve(const RecoveredEdit& e);

  const std::string& edit_file() const { return edit_file_; }
  bool has_file() const;
  bool pending() const;
  // Waits (up to `seconds`) for the writer thread to have nothing pending.
  bool wait_written(double seconds) const;

  static constexpr double kQuiet = 1.0;
  static constexpr double kMaxDelay = 5.0;

 private:
  bool ensure_lock();
  bool write_to(const std::string& file, const std::string& path, const std::string& text);
  void writer_loop();
  bool write_pending(std::unique_lock<std::mutex>& state);
  void remove_files();
  double now() const { return clock_(); }

  std::string dir_;
  std::string id_;
  std::string edit_file_, lock_file_;
  Clock clock_;
  int lock_fd_ = -1;
  std::vector<int> orphan_locks_;   // fds locking orphans until resolved
  std::vector<std::string> orphan_files_;
  struct Aside { std::string file, path; };
  std::vector<Aside> asides_;       // set aside by this instance, oldest first
  // What update() saw last (the UI thread's own copy, so an unchanged frame
  // takes no lock).
  std::string seen_text_, seen_path_;
  bool seen_dirty_ = false;

  // Shared with the writer thread.  io_ serialises every file write and
  // removal (a write never lands after the clear() that should remove it);
  // mu_ guards the fields below and is never held across file I/O.
  mutable std::mutex io_;
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  std::string pending_text_, pending_path_;
  bool pending_ = false;
  bool writing_ = false;            // the writer thread is writing (mu_ released)
  bool written_ = false;
  bool stop_ = false;
  uint64_t generation_ = 0;         // bumped by clear(): cancels a write under way
  double first_change_ = 0, last_change_ = 0;
  std::thread writer_;
};

}  // namespace sandbox::gui
