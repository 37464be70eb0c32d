// The calendar half of the `time` module (Modules/timemodule.c):
// struct_time, gmtime/localtime, mktime, strftime, asctime, ctime and the
// timezone constants.  Local time is UTC in the sandbox (the reference runs
// CPython with TZ=UTC), so localtime is gmtime with the zone named "UTC";
// "now" is time.time(): the virtual clock from runtime::kVirtualEpoch, or
// the real clock in live mode.
#include <cmath>
#include <cstring>
#include <ctime>

#include "runtime/time_hooks.h"
#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"

namespace sandbox::vm::lib {

namespace {

Type* g_struct_time = nullptr;

const char* const kFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                               "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

// A structseq: a 9-tuple plus tm_zone and tm_gmtoff, which are attributes only.
struct StructTime final : Tuple {
  Value zone, gmtoff;
  StructTime(std::vector<Value> items, Value z, Value off) : Tuple(std::move(items)), zone(std::move(z)), gmtoff(std::move(off)) {
    type = g_struct_time;
  }
  void gc_traverse(GcVisitor& v) override {
    Tuple::gc_traverse(v);
    v(zone);
    v(gmtoff);
  }
};

Value make_struct_time(const std::tm& tm, const char* zone) {
  std::vector<Value> items{Value::integer(tm.tm_year + 1900), Value::integer(tm.tm_mon + 1), Value::integer(tm.tm_mday),
                           Value::integer(tm.tm_hour),        Value::integer(tm.tm_min),     Value::integer(tm.tm_sec),
                           Value::integer((tm.tm_wday + 6) % 7), Value::integer(tm.tm_yday + 1), Value::integer(0)};
  return Value(new StructTime(std::move(items), make_str(zone), Value::integer(0)));
}

Value struct_time_new(VM& vm, Type*, Args a, const KwArgs* kw) {
  check_kwargs("struct_time", kw, {"sequence", "dict"});
  Value seq = a.size() > 0 ? a[0] : Value::null();
  if (const Value* v = kwarg(kw, "sequence")) seq = *v;
  if (seq.is_null()) throw_type_error("struct_time() missing required argument 'sequence' (pos 1)");
  std::vector<Value> items = vm.to_vector(seq);
  if (items.size() < 9)
    throw_type_error("time.struct_time() takes an at least 9-sequence (%zu-sequence given)", items.size());
  if (items.size() > 11)
    throw_type_error("time.struct_time() takes an at most 11-sequence (%zu-sequence given)", items.size());
  Value zone = items.size() > 9 ? items[9] : Value();
  Value off = items.size() > 10 ? items[10] : Value();
  items.resize(9);
  return Value(new StructTime(std::move(items), zone, off));
}

Value struct_time_repr(VM& vm, const Value& self) {
  const std::vector<Value>& items = self.as<Tuple>()->items;
  std::string s = "time.struct_time(";
  for (size_t i = 0; i < 9 && i < items.size(); i++) {
    if (i) s += ", ";
    s += std::string(kFields[i]) + "=" + vm.repr_str(items[i]);
  }
  return make_str(s + ")");
}

// Comparisons and arithmetic see a struct_time as the plain 9-tuple.
Value as_plain(const Value& v) { return v.type() == g_struct_time ? make_tuple(v.as<Tuple>()->items) : v; }
Value struct_time_compare(VM& vm, const Value& a, const Value& b, CmpOp op) {
  if (!is_subtype(a.type(), types().tuple) || !is_subtype(b.type(), types().tuple)) return Value::null();
  return vm.compare(as_plain(a), as_plain(b), op);
}
Value struct_time_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool) {
  Value x = as_plain(a), y = as_plain(b);
  if (x.is(a) && y.is(b)) return Value::null();
  return vm.binary_op(op, x, y);
}

Value field_getter(VM&, NativeFunction* self, Args a, const KwArgs*) {
  return a[0].as<Tuple>()->items[static_cast<size_t>(self->data.as_int())];
}
Value zone_getter(VM&, NativeFunction*, Args a, const KwArgs*) { return static_cast<StructTime*>(a[0].as<Tuple>())->zone; }
Value gmtoff_getter(VM&, NativeFunction*, Args a, const KwArgs*) {
  return static_cast<StructTime*>(a[0].as<Tuple>())->gmtoff;
}

// _PyTime_ObjectToTime_t with floor rounding; None means now.
time_t seconds_arg(const Value* v) {
  double d;
  if (!v || v->is_none()) {
    d = runtime::time_wall();
  } else if (v->is_float()) {
    d = v->as_float();
    if (std::isnan(d)) throw_value_error("Invalid value NaN (not a number)");
  } else if (v->is_intlike()) {
    return static_cast<time_t>(v->as_int());
  } else if (is_bigint(*v)) {
    throw_overflow_error("timestamp out of range for platform time_t");
  } else {
    throw_type_error("'%s' object cannot be interpreted as an integer", type_name(*v));
  }
  d = std::floor(d);
  if (!(d >= -9.2e18 && d <= 9.2e18)) throw_overflow_error("timestamp out of range for platform time_t");
  return static_cast<time_t>(d);
}

Value utc_struct(Args a, const KwArgs* kw, const char* fname, const char* zone) {
  no_kwargs(fname, kw);
  check_args(fname, a, 0, 1);
  time_t t = seconds_arg(a.empty() ? nullptr : &a[0]);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) throw_overflow_error("timestamp out of range for platform time_t");
  return make_struct_time(tm, zone);
}

Value t_gmtime(VM&, NativeFunction*, Args a, const KwArgs* kw) { return utc_struct(a, kw, "gmtime", "GMT"); }
Value t_localtime(VM&, NativeFunction*, Args a, const KwArgs* kw) { return utc_struct(a, kw, "localtime", "UTC"); }

// gettmarg: a struct_time or a 9-tuple of ints into a struct tm.
std::tm tm_arg(VM& vm, const Value& v, const char* fname, std::string& zone) {
  if (!is_subtype(v.type(), types().tuple)) throw_type_error("Tuple or struct_time argument required");
  const std::vector<Value>& items = v.as<Tuple>()->items;
  if (items.size() != 9) throw_type_error("%s(): illegal time tuple argument", fname);
  int f[9];
  for (int i = 0; i < 9; i++) {
    const Value& x = items[static_cast<size_t>(i)];
    if (x.is_float()) throw_type_error("'float' object cannot be interpreted as an integer");
    int64_t n = as_index(x);
    if (n < INT32_MIN || n > INT32_MAX) throw_overflow_error("Python int too large to convert to C int");
    f[i] = static_cast<int>(n);
  }
  (void)vm;
  std::tm tm{};
  tm.tm_year = f[0] - 1900;
  tm.tm_mon = f[1] - 1;
  tm.tm_mday = f[2];
  tm.tm_hour = f[3];
  tm.tm_min = f[4];
  tm.tm_sec = f[5];
  tm.tm_wday = (f[6] + 1) % 7;
  if (tm.tm_wday < 0) tm.tm_wday += 7;
  tm.tm_yday = f[7] - 1;
  tm.tm_isdst = f[8];
  zone = "UTC";
  if (v.type() == g_struct_time) {
    const Value& z = static_cast<StructTime*>(v.as<Tuple>())->zone;
    if (is_str(z)) zone = str_of(z);
  }
  return tm;
}

// checktm: the ranges strftime and asctime accept.
void check_tm(const std::tm& tm) {
  if (tm.tm_mon < 0 || tm.tm_mon > 11) throw_value_error("month out of range");
  if (tm.tm_mday < 1 || tm.tm_mday > 31) throw_value_error("day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) throw_value_error("hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) throw_value_error("minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) throw_value_error("seconds out of range");
  if (tm.tm_wday < 0) throw_value_error("day of week out of range");
  if (tm.tm_yday < 0 || tm.tm_yday > 365) throw_value_error("day of year out of range");
}

std::tm now_tm() {
  time_t t = seconds_arg(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

Value t_strftime(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("strftime", kw);
  check_args("strftime", a, 1, 2);
  if (!is_str(a[0])) throw_type_error("strftime() argument 1 must be str, not %s", type_name(a[0]));
  std::string zone = "UTC";
  std::tm tm = a.size() > 1 ? tm_arg(vm, a[1], "strftime", zone) : now_tm();
  if (a.size() > 1) {
    // time.strftime's normalisation of zero fields before checking.
    if (tm.tm_mon == -1) tm.tm_mon = 0;
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    if (tm.tm_yday == -1) tm.tm_yday = 0;
    check_tm(tm);
  }
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  tm.tm_gmtoff = 0;
  tm.tm_zone = zone.c_str();
  const std::string& fmt = str_of(a[0]);
  if (fmt.find('\0') != std::string::npos) throw_value_error("embedded null character");
  std::string out;
  // strftime reports 0 both for "too small" and for an empty result: grow a few times.
  for (size_t cap = 256; cap <= 256 * 1024; cap *= 4) {
    std::string buf(cap, '\0');
    size_t n = std::strftime(buf.data(), cap, fmt.c_str(), &tm);
    if (n > 0 || fmt.empty()) {
      out.assign(buf.data(), n);
      break;
    }
  }
  return make_str(out);
}

const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string asctime_of(const std::tm& tm) {
  return strformat("%s %s%3d %.2d:%.2d:%.2d %d", kDays[tm.tm_wday % 7], kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour,
                   tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
}

Value t_asctime(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("asctime", kw);
  check_args("asctime", a, 0, 1);
  std::string zone;
  std::tm tm = a.empty() ? now_tm() : tm_arg(vm, a[0], "asctime", zone);
  if (!a.empty()) check_tm(tm);
  return make_str(asctime_of(tm));
}

Value t_ctime(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("ctime", kw);
  check_args("ctime", a, 0, 1);
  time_t t = seconds_arg(a.empty() ? nullptr : &a[0]);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) throw_overflow_error("timestamp out of range for platform time_t");
  return make_str(asctime_of(tm));
}

// mktime: the inverse of localtime, which is UTC here (timegm).
Value t_mktime(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("mktime", kw);
  check_one_arg("mktime", a);
  std::string zone;
  std::tm tm = tm_arg(vm, a[0], "mktime", zone);
  tm.tm_isdst = 0;
  tm.tm_wday = -1;
  time_t t = timegm(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) throw_overflow_error("mktime argument out of range");
  return Value::real(static_cast<double>(t));
}

}  // namespace

void add_time_calendar(VM& vm, Dict* d) {
  (void)vm;
  if (!g_struct_time) {
    Type* t = make_type("struct_time", types().tuple, "time");
    t->new_ = struct_time_new;
    t->repr = struct_time_repr;
    t->compare = struct_time_compare;
    t->binary = struct_time_binary;
    for (int i = 0; i < 9; i++) {
      Value g = make_native(kFields[i], field_getter, Value::integer(i));
      Property* p = new Property(g, Value());
      p->name = make_str(kFields[i]);
      t->dict->set(kFields[i], Value(p));
    }
    add_property(t, "tm_zone", zone_getter);
    add_property(t, "tm_gmtoff", gmtoff_getter);
    t->dict->set("n_sequence_fields", Value::integer(9));
    t->dict->set("n_fields", Value::integer(11));
    t->dict->set("n_unnamed_fields", Value::integer(0));
    g_struct_time = t;
  }
  d->set("struct_time", Value(g_struct_time));
  d->set("gmtime", make_native("gmtime", t_gmtime));
  d->set("localtime", make_native("localtime", t_localtime));
  d->set("strftime", make_native("strftime", t_strftime));
  d->set("asctime", make_native("asctime", t_asctime));
  d->set("ctime", make_native("ctime", t_ctime));
  d->set("mktime", make_native("mktime", t_mktime));
  d->set("timezone", Value::integer(0));
  d->set("altzone", Value::integer(0));
  d->set("daylight", Value::integer(0));
  d->set("tzname", make_tuple({make_str("UTC"), make_str("UTC")}));
}

}  // namespace sandbox::vm::lib
