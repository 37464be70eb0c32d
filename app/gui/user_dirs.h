// Where the app puts what the user asked for (screenshots, a copy of a
// bundled scenario): the user's own folders, never the program's data.
#pragma once
#include <string>

namespace sandbox::gui {

// $HOME, else the current directory.
std::string home_dir();
// The XDG pictures folder ($XDG_PICTURES_DIR, else XDG_PICTURES_DIR in
// $XDG_CONFIG_HOME/user-dirs.dirs, as xdg-user-dirs writes it), if it exists;
// "" when there is none.
std::string pictures_dir();
// True if `path` is a directory this process may write into.
bool writable_dir(const std::string& path);

}  // namespace sandbox::gui
