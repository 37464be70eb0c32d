// CPython's `random` module, bit for bit: the MT19937 generator of
// Modules/_randommodule.c and the algorithms of Lib/random.py (3.11) that sit
// on top of it (_randbelow_with_getrandbits, randrange, shuffle, sample, ...).
// Sequence-valued operations work on indices so that they need no VM types:
// the bindings map the indices back onto the Python objects.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sandbox::vm::lib {

class MersenneTwister {
 public:
  MersenneTwister() { seed_int(0); }

  // random_seed() for an int argument: init_by_array over the 32-bit words of
  // abs(n), least significant first (one word 0 for n == 0).
  void seed_int(int64_t n);
  // The same for an int of any size: its 32-bit words, least significant first.
  void seed_words(const std::vector<uint32_t>& words);
  // Random.seed(a) for str/bytes (version 2): the seed is the big integer
  // int.from_bytes(a + sha512(a).digest(), 'big').
  void seed_bytes(std::string_view bytes);
  // Random.seed(x) for a float: CPython seeds with abs(hash(x)).
  void seed_float(double x);
  // Random.seed(None) reads the OS entropy in CPython; the sandbox must be
  // deterministic, so it behaves as seed(0) (documented difference).
  void seed_none() { seed_int(0); }

  uint32_t genrand_uint32();
  double random();                      // random_random: 53-bit float in [0, 1)
  uint64_t getrandbits(int k);          // 0 <= k <= 64; k < 0 raises ValueError
  // _randbelow_with_getrandbits(n), n > 0.
  uint64_t randbelow(uint64_t n);
  // Random.randrange(start, stop, step) for int arguments; `has_stop` false
  // means randrange(start). `step_given` distinguishes an explicit step=1
  // (only matters for the "Missing a non-None stop argument" check).
  int64_t randrange(int64_t start, std::optional<int64_t> stop, int64_t step = 1,
                    bool step_given = false);
  int64_t randint(int64_t a, int64_t b);
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // Random.choice: index into a sequence of length n (IndexError when empty).
  size_t choice_index(size_t n);
  // Random.shuffle: the swaps Fisher-Yates performs, applied to `perm`
  // (callers pass any vector; elements are swapped exactly as CPython does).
  template <class T>
  void shuffle(std::vector<T>& x) {
    for (size_t i = x.size(); i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow(i + 1));
      std::swap(x[i], x[j]);
    }
  }
  // Random.sample(population, k) on indices 0..n-1: returns the chosen
  // indices in selection order (both the pool and the set branch).
  std::vector<size_t> sample_indices(size_t n, int64_t k);

  // Raw state access (getstate/setstate-like, also for tests).
  static constexpr int N = 624;
  const std::array<uint32_t, N>& state() const { return mt_; }
  int index() const { return mti_; }

 private:
  void init_genrand(uint32_t s);
  void init_by_array(const uint32_t* key, size_t key_length);

  std::array<uint32_t, N> mt_{};
  int mti_ = N + 1;
};

// CPython's hash(float) (_Py_HashDouble), needed for float seeds; also used by
// the VM's hash() of floats.
int64_t hash_double(double v);

// SHA-512 of `data` (FIPS 180-4); used by Random.seed(str|bytes).
std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace sandbox::vm::lib
