#include "png.h"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstring>

namespace sandbox::gui {

bool write_png(const std::string& path, int w, int h, std::vector<unsigned char> rgba, bool flip_rows) {
  if (w <= 0 || h <= 0 || rgba.size() < static_cast<size_t>(w) * h * 4) return false;
  if (flip_rows) {
    std::vector<unsigned char> row(static_cast<size_t>(w) * 4);
    for (int y = 0; y < h / 2; ++y) {
      unsigned char* a = rgba.data() + static_cast<size_t>(y) * w * 4;
      unsigned char* b = rgba.data() + static_cast<size_t>(h - 1 - y) * w * 4;
      std::memcpy(row.data(), a, row.size());
      std::memcpy(a, b, row.size());
      std::memcpy(b, row.data(), row.size());
    }
  }
  // Opaque: the window has no meaningful alpha.
  for (size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;
  return stbi_write_png(path.c_str(), w, h, 4, rgba.data(), w * 4) != 0;
}

std::vector<unsigned char> read_framebuffer(int w, int h) {
  std::vector<unsigned char> px(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
  return px;
}

}  // namespace sandbox::gui
