#include "vm/lib/random_mt.h"

#include <cmath>
#include <string>

#include "vm/lib/lib_error.h"

namespace sandbox::vm::lib {

namespace {
constexpr int M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU;
constexpr uint32_t UPPER_MASK = 0x80000000U;
constexpr uint32_t LOWER_MASK = 0x7fffffffU;

int bit_length(uint64_t n) {
  int k = 0;
  while (n) {
    ++k;
    n >>= 1;
  }
  return k;
}
}  // namespace

// init_genrand() of _randommodule.c.
void MersenneTwister::init_genrand(uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < N; i++) {
    mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  mti_ = N;
}

// init_by_array() of _randommodule.c.
void MersenneTwister::init_by_array(const uint32_t* key, size_t key_length) {
  init_genrand(19650218U);
  size_t i = 1, j = 0;
  size_t k = (N > key_length ? N : key_length);
  for (; k; k--) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] +
             static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= N) {
      mt_[0] = mt_[N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) -
             static_cast<uint32_t>(i);
    i++;
    if (i >= N) {
      mt_[0] = mt_[N - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
  mti_ = N;
}

// random_seed() for ints: key = 32-bit words of abs(n), low word first.
void MersenneTwister::seed_int(int64_t n) {
  uint64_t u = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint32_t key[2] = {static_cast<uint32_t>(u), static_cast<uint32_t>(u >> 32)};
  init_by_array(key, (u >> 32) ? 2 : 1);
}

void MersenneTwister::seed_words(const std::vector<uint32_t>& words) {
  if (words.empty()) {
    seed_int(0);
    return;
  }
  init_by_array(words.data(), words.size());
}

void MersenneTwister::seed_float(double x) {
  // random_seed(): n = (size_t)hash(arg), then the words of n.
  uint64_t u = static_cast<uint64_t>(hash_double(x));
  uint32_t key[2] = {static_cast<uint32_t>(u), static_cast<uint32_t>(u >> 32)};
  init_by_array(key, (u >> 32) ? 2 : 1);
}

void MersenneTwister::seed_bytes(std::string_view bytes) {
  // Lib/random.py: a = int.from_bytes(a + sha512(a).digest()) (big-endian).
  std::string all(bytes);
  auto digest = sha512(bytes);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  size_t start = 0;
  while (start < all.size() && all[start] == 0) start++;
  size_t len = all.size() - start;
  std::vector<uint32_t> key((len + 3) / 4);
  if (key.empty()) key.push_back(0);
  // Word w holds bytes counted from the least significant (last) byte.
  for (size_t b = 0; b < len; b++) {
    uint8_t byte = static_cast<uint8_t>(all[all.size() - 1 - b]);
    key[b / 4] |= static_cast<uint32_t>(byte) << (8 * (b % 4));
  }
  init_by_array(key.data(), key.size());
}

// genrand_uint32() of _randommodule.c.
uint32_t MersenneTwister::genrand_uint32() {
  static constexpr uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t y;
  if (mti_ >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt_[kk] & UPPER_MASK) | (mt_[kk + 1] & LOWER_MASK);
      mt_[kk] = mt_[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < N - 1; kk++) {
      y = (mt_[kk] & UPPER_MASK) | (mt_[kk + 1] & LOWER_MASK);
      mt_[kk] = mt_[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt_[N - 1] & UPPER_MASK) | (mt_[0] & LOWER_MASK);
    mt_[N - 1] = mt_[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    mti_ = 0;
  }
  y = mt_[mti_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// random_random_impl(): 53 random bits from two outputs.
double MersenneTwister::random() {
  uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// _random_Random_getrandbits_impl(): words low first; the last word drops its
// least significant bits.
uint64_t MersenneTwister::getrandbits(int k) {
  if (k < 0) raise(ErrorKind::ValueError, "number of bits must be non-negative");
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  if (k > 64) raise(ErrorKind::OverflowError, "getrandbits() result does not fit in 64 bits");
  uint64_t result = 0;
  int shift = 0;
  for (int left = k; left > 0; left -= 32, shift += 32) {
    uint32_t r = genrand_uint32();
    if (left < 32) r >>= (32 - left);
    result |= static_cast<uint64_t>(r) << shift;
  }
  return result;
}

uint64_t MersenneTwister::randbelow(uint64_t n) {
  int k = bit_length(n);
  uint64_t r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

// Random.randrange (3.11) for int arguments.
int64_t MersenneTwister::randrange(int64_t start, std::optional<int64_t> stop, int64_t step,
                                   bool step_given) {
  if (!stop) {
    if (step_given) raise(ErrorKind::TypeError, "Missing a non-None stop argument");
    if (start > 0) return static_cast<int64_t>(randbelow(static_cast<uint64_t>(start)));
    raise(ErrorKind::ValueError, "empty range for randrange()");
  }
  int64_t istop = *stop;
  // Python ints do not overflow; compute the width in 128 bits.
  __int128 width = static_cast<__int128>(istop) - start;
  if (step == 1) {
    if (width > 0)
      return static_cast<int64_t>(start + static_cast<__int128>(randbelow(static_cast<uint64_t>(width))));
    raise(ErrorKind::ValueError, "empty range for randrange() (" + std::to_string(start) + ", " +
                                     std::to_string(istop) + ", " +
                                     std::to_string(static_cast<int64_t>(width)) + ")");
  }
  __int128 n;
  auto floordiv = [](__int128 a, __int128 b) {
    __int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
  };
  if (step > 0)
    n = floordiv(width + step - 1, step);
  else if (step < 0)
    n = floordiv(width + step + 1, step);
  else
    raise(ErrorKind::ValueError, "zero step for randrange()");
  if (n <= 0) raise(ErrorKind::ValueError, "empty range for randrange()");
  __int128 r = start + static_cast<__int128>(step) * static_cast<__int128>(randbelow(static_cast<uint64_t>(n)));
  return static_cast<int64_t>(r);
}

int64_t MersenneTwister::randint(int64_t a, int64_t b) {
  if (b == INT64_MAX) raise(ErrorKind::OverflowError, "Python int too large to convert to C long");
  return randrange(a, b + 1);
}

size_t MersenneTwister::choice_index(size_t n) {
  if (n == 0) raise(ErrorKind::IndexError, "Cannot choose from an empty sequence");
  return static_cast<size_t>(randbelow(n));
}

// Random.sample (3.11), the pool branch and the set branch, on indices.
std::vector<size_t> MersenneTwister::sample_indices(size_t n, int64_t k) {
  if (k < 0 || static_cast<uint64_t>(k) > n)
    raise(ErrorKind::ValueError, "Sample larger than population or is negative");
  std::vector<size_t> result(static_cast<size_t>(k));
  double setsize = 21;  // size of a small set minus size of an empty list
  if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0)));
  if (static_cast<double>(n) <= setsize) {
    std::vector<size_t> pool(n);
    for (size_t i = 0; i < n; i++) pool[i] = i;
    for (size_t i = 0; i < result.size(); i++) {
      size_t j = static_cast<size_t>(randbelow(n - i));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::vector<bool> selected(n, false);
    for (size_t i = 0; i < result.size(); i++) {
      size_t j = static_cast<size_t>(randbelow(n));
      while (selected[j]) j = static_cast<size_t>(randbelow(n));
      selected[j] = true;
      result[i] = j;
    }
  }
  return result;
}

// _Py_HashDouble() of Python/pyhash.c (3.11); NaN hashes by identity in
// CPython, which is not reproducible: we use 0.
int64_t hash_double(double v) {
  constexpr int HASH_BITS = 61;
  constexpr uint64_t MODULUS = (uint64_t{1} << HASH_BITS) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= MODULUS) x -= MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & MODULUS) | x >> (HASH_BITS - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

}  // namespace sandbox::vm::lib
