// ui_png_check FILE W H: the PNG exists, is W x H, and is not blank: it has
// many distinct colours and no single colour covers almost all of it.
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fputs("usage: ui_png_check FILE W H\n", stderr);
    return 2;
  }
  int w = 0, h = 0, n = 0;
  unsigned char* px = stbi_load(argv[1], &w, &h, &n, 4);
  if (!px) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[1]);
    return 1;
  }
  int want_w = std::atoi(argv[2]), want_h = std::atoi(argv[3]);
  int status = 0;
  if (w != want_w || h != want_h) {
    std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[1], w, h, want_w, want_h);
    status = 1;
  }
  std::map<unsigned, long> colours;
  for (long i = 0; i < static_cast<long>(w) * h; ++i) {
    const unsigned char* p = px + i * 4;
    ++colours[(unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]];
  }
  long top = 0;
  for (const auto& [c, count] : colours) top = std::max(top, count);
  double share = static_cast<double>(top) / (static_cast<double>(w) * h);
  std::printf("%s: %dx%d, %zu distinct colours, most common covers %.1f%%\n", argv[1], w, h, colours.size(),
              share * 100);
  if (colours.size() < 64 || share > 0.97) {
    std::fprintf(stderr, "%s: looks blank\n", argv[1]);
    status = 1;
  }
  stbi_image_free(px);
  return status;
}
