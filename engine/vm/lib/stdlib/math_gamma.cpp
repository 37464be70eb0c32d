// math.gamma and math.lgamma: CPython computes these itself (Lanczos'
// approximation, g = 6.02468004077673, N = 13, with a correction for the
// rounding of x + g - 0.5), not with the C library, so the same
// approximation is used here to give the same bits.
#include "vm/lib/stdlib/math_internal.h"

namespace sandbox::vm::lib::math {

namespace {

constexpr int kN = 13;
constexpr double kG = 6.024680040776729583740234375;
constexpr double kGMinusHalf = 5.524680040776729583740234375;
constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
// Numerator coefficients of the rational Lanczos sum (published constants).
constexpr double kNum[kN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator x(x+1)...(x+11) expanded.
constexpr double kDen[kN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                             2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  // Horner in x for small x, in 1/x for large x (better accuracy each side of 5).
  if (x < 5.0) {
    for (int i = kN - 1; i >= 0; i--) {
      num = num * x + kNum[i];
      den = den * x + kDen[i];
    }
  } else {
    for (int i = 0; i < kN; i++) {
      num = num / x + kNum[i];
      den = den / x + kDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) with the argument reduced first, so sinpi(n) is exactly 0.
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

}  // namespace

double gamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    domain_error();
  }
  if (x == 0.0) domain_error();
  if (x == std::floor(x)) {
    if (x < 0.0) domain_error();
    if (x <= 23) {  // (x-1)! exactly
      double f = 1.0;
      for (int i = 2; i < static_cast<int>(x); i++) f *= i;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) range_error();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    range_error();
  }
  double y = absx + kGMinusHalf;
  // The rounding error of y, scaled: the first-order correction below.
  double z = absx > kGMinusHalf ? (y - absx) - kGMinusHalf : (y - kGMinusHalf) - absx;
  z = z * kG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) range_error();
  return r;
}

double lgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) domain_error();
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kG;
  r += (absx - 0.5) * (std::log(absx + kG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) range_error();
  return r;
}

}  // namespace sandbox::vm::lib::math
