// PNG output of RGBA pixels (stb_image_write), flipping OpenGL's bottom-up rows.
#pragma once
#include <string>
#include <vector>

namespace sandbox::gui {

bool write_png(const std::string& path, int w, int h, std::vector<unsigned char> rgba, bool flip_rows);
// Reads the current OpenGL framebuffer (back buffer) as RGBA.
std::vector<unsigned char> read_framebuffer(int w, int h);

}  // namespace sandbox::gui
