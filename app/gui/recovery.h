// The editor never loses typed code: while the text differs from what is on
// disk, a recovery file is written as the user types (debounced; atomically,
// by writing a temporary file and renaming it over the old one).  Saving or a
// clean exit removes it.  After a crash or a kill it is still there, and the
// next start offers it back.
//
// Files live in <config dir>/recovery/ (next to settings.ini), one pair per
// running instance: ID.edit (header + text) and ID.lock, which the instance
// holds an flock on for its whole life.  The kernel drops the lock when the
// process dies however it dies, so "a .edit whose .lock can be taken" means
// "left behind by an instance that did not exit cleanly" -- and two instances
// running at once never offer each other's edits.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
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
  explicit Recovery(std::string dir);   // <config dir>/recovery
  ~Recovery();                          // releases the lock, keeps the file
  Recovery(const Recovery&) = delete;
  Recovery& operator=(const Recovery&) = delete;

  // Called every frame with the editor's text.  `dirty` = differs from disk.
  // Writes at most once per `kQuiet` seconds of no typing, and at least every
  // `kMaxDelay` seconds while typing goes on.  `now` is seconds (app clock).
  void update(const std::string& path, const std::string& text, bool dirty, double now);
  // Writes now if there is anything pending (before a risky operation).
  void flush();
  // The text is on disk (saved): no file needed.
  void clear();
  // A clean exit: the file and the lock go.
  void finish();
  // Another file replaces unsaved edits in the editor: they are written to a
  // file of their own that no instance holds, so the next start offers them.
  bool set_aside(const std::string& path, const std::string& text);

  // Edits left behind by instances that are gone, newest first.  Their locks
  // are taken (so no other instance offers them) until resolve() is called.
  std::vector<RecoveredEdit> orphans();
  // Done with an orphan (recovered or discarded): delete its files.
  void resolve(const RecoveredEdit& e);

  const std::string& edit_file() const { return edit_file_; }
  bool has_file() const { return written_; }

  static constexpr double kQuiet = 1.0;
  static constexpr double kMaxDelay = 5.0;

 private:
  bool ensure_lock();
  bool write(const std::string& path, const std::string& text);
  bool write_to(const std::string& file, const std::string& path, const std::string& text);
  int asides_ = 0;

  std::string dir_;
  std::string id_;
  std::string edit_file_, lock_file_;
  int lock_fd_ = -1;
  std::vector<int> orphan_locks_;   // fds locking orphans until resolved
  std::vector<std::string> orphan_files_;
  // Pending change.
  std::string last_text_, last_path_;
  bool pending_ = false;
  bool written_ = false;
  double first_change_ = 0, last_change_ = 0;
};

}  // namespace sandbox::gui
