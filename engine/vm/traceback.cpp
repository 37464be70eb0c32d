// format_exception: CPython 3.11's print of an uncaught exception
// (Python/pythonrun.c), chained causes/contexts, exception groups and notes
// included, with the "~~~^^^" position lines (traceback_carets.cpp).
#include <algorithm>
#include <set>

#include "vm/exception_group.h"
#include "vm/internal.h"
#include "vm/syntax_exc.h"
#include "vm/traceback_carets.h"

namespace sandbox::vm {

static std::string_view line_of(const std::string& src, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    pos = src.find('\n', pos);
    if (pos == std::string::npos) return {};
    ++pos;
  }
  size_t end = src.find('\n', pos);
  return std::string_view(src).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

static std::string strip(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r\f\v");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\f\v");
  return std::string(s.substr(a, b - a + 1));
}

static std::string exception_only(VM& vm, const Value& exc) {
  Type* t = exc.type();
  if (is_subtype(t, vm.exc.SyntaxError)) {
    std::string located = syntax_error_text(vm, exc);
    if (!located.empty()) return located;
  }
  std::string name = t->qualified_name();
  std::string msg;
  try {
    msg = vm.to_str(exc);
  } catch (PyException&) {
    msg = "<exception str() failed>";
  }
  if (msg.empty()) return name + "\n";
  return name + ": " + msg + "\n";
}

static std::string format_tb(const ExceptionObj* e) {
  std::string out;
  // traceback is appended innermost-first while unwinding; print outermost first.
  std::string last_key;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (size_t i = e->traceback.size(); i-- > 0;) {
    const TracebackEntry& te = e->traceback[i];
    const Code* c = te.code.get();
    std::string key = c->filename + ":" + std::to_string(te.line) + ":" + c->name->s;
    if (key == last_key) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      last_key = key;
      repeat = 1;
    }
    out += "  File \"" + c->filename + "\", line " + std::to_string(te.line) + ", in " + c->name->s + "\n";
    if (c->source) {
      std::string_view raw = line_of(*c->source, te.line);
      std::string text = strip(raw);
      if (!text.empty()) {
        out += "    " + text + "\n";
        if (te.instr < c->positions.size()) out += traceback_caret_line(raw, te.line, c->positions[te.instr]);
      }
    }
  }
  flush_repeat();
  return out;
}

// Python/pythonrun.c's printer (print_exception_recursive and friends):
// chained causes/contexts first, exception groups in boxes, every line of a
// nested exception behind its group's margin, then each exception's notes.
namespace {

class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(VM& vm) : vm_(vm) {}

  void print_recursive(const Value& value) {
    cause_and_context(value);
    if (as_exception_group(value)) print_group(value);
    else print_one(value);
  }

  std::string out;

 private:
  static constexpr int kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;
  VM& vm_;
  std::set<const Obj*> seen_;
  int depth_ = 0;  // exception_group_depth
  bool need_close_ = false;

  std::string indent() const { return std::string(size_t(2 * depth_), ' '); }
  std::string margin() const { return indent() + (depth_ ? "| " : ""); }

  // Writes text (complete lines) with the margin before each line.
  void margined(const std::string& text, const std::string& first_margin) {
    size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += first ? first_margin : margin();
      out.append(text, pos, end - pos);
      pos = end;
      first = false;
    }
  }

  void chained(const Value& value, const char* message) {
    bool need_close = need_close_;
    print_recursive(value);
    need_close_ = need_close;
    out += margin() + "\n";
    out += margin() + message;
    out += margin() + "\n";
  }

  void cause_and_context(const Value& value) {
    seen_.insert(value.as_obj());
    const ExceptionObj* e = value.as<ExceptionObj>();
    if (e->cause.is_obj() && e->cause.as_obj()->type->is_exception) {
      if (!seen_.count(e->cause.as_obj()))
        chained(e->cause, "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (e->suppress_context) return;
    if (e->context.is_obj() && e->context.as_obj()->type->is_exception && !seen_.count(e->context.as_obj()))
      chained(e->context, "During handling of the above exception, another exception occurred:\n");
  }

  void print_one(const Value& value) {
    const ExceptionObj* e = value.as<ExceptionObj>();
    if (!e->traceback.empty()) {
      bool group = as_exception_group(value) != nullptr;
      std::string header_margin = group && depth_ == 1 ? indent() + "+ " : margin();
      out += header_margin;
      out += group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n";
      margined(format_tb(e), margin());
    }
    margined(exception_only(vm_, value), margin());
    notes(e);
  }

  // print_exception_notes
  void notes(const ExceptionObj* e) {
    Value notes = e->dict->get("__notes__");
    if (notes.is_null()) return;
    Type* t = notes.type();
    if (!is_subtype(t, types().list) && !is_subtype(t, types().tuple)) {
      std::string r;
      try {
        r = vm_.repr_str(notes);
      } catch (PyException&) {
        r = "<__notes__ repr() failed>";
      }
      out += margin() + r + "\n";
      return;
    }
    std::vector<Value> items = vm_.to_vector(notes);
    for (const Value& note : items) {
      std::string text;
      try {
        text = vm_.to_str(note);
      } catch (PyException&) {
        out += "<note str() failed>\n";
        continue;
      }
      margined(text, margin());
      out += "\n";
    }
  }

  void print_group(const Value& value) {
    if (depth_ > kMaxGroupDepth) {
      out += margin() + "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (depth_ == 0) depth_ = 1;
    print_one(value);
    std::vector<Value> excs = as_exception_group(value)->excs.as<Tuple>()->items;
    size_t num = excs.size();
    size_t n = num <= size_t(kMaxGroupWidth) ? num : size_t(kMaxGroupWidth) + 1;
    need_close_ = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) need_close_ = true;
      bool truncated = i >= size_t(kMaxGroupWidth);
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
             (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++depth_;
      if (!truncated) {
        print_recursive(excs[i]);
      } else {
        size_t more = num - size_t(kMaxGroupWidth);
        out += margin() + "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n";
      }
      if (last && need_close_) {
        out += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (depth_ == 1) depth_ = 0;
  }
};

}  // namespace

std::string VM::format_exception(const Value& exc) {
  if (!exc.is_obj() || !exc.as_obj()->type->is_exception) return "TypeError: not an exception\n";
  ExceptionPrinter p(*this);
  p.print_recursive(exc);
  return std::move(p.out);
}

}  // namespace sandbox::vm
