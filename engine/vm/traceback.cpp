// format_exception: CPython 3.11's traceback print (traceback.py
// TracebackException.format), chained causes/contexts included, with the
// "~~~^^^" position lines (traceback_carets.cpp).
#include <algorithm>
#include <set>

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

static void format_chain(VM& vm, const Value& exc, std::set<const Obj*>& seen, std::string& out) {
  seen.insert(exc.as_obj());
  const ExceptionObj* e = exc.as<ExceptionObj>();
  if (e->cause.is_obj() && !seen.count(e->cause.as_obj())) {
    format_chain(vm, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context.is_obj() && !seen.count(e->context.as_obj())) {
    format_chain(vm, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!e->traceback.empty()) out += "Traceback (most recent call last):\n" + format_tb(e);
  out += exception_only(vm, exc);
}

// An ExceptionGroup prints its sub-exceptions in boxes (3.11's format for groups).
static void format_group(VM& vm, const Value& exc, int depth, std::string& out) {
  const ExceptionObj* e = exc.as<ExceptionObj>();
  std::string pad = depth == 0 ? "  " : std::string(size_t(depth) * 2 + 2, ' ');
  auto boxed = [&](const std::string& text, const std::string& prefix) {
    std::string r;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
      r += prefix + line + "\n";
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
    return r;
  };
  std::string head;
  if (!e->traceback.empty()) head += "Exception Group Traceback (most recent call last):\n" + format_tb(e);
  head += exception_only(vm, exc);
  std::string first = boxed(head, pad + "| ");
  first.replace(pad.size(), 2, "+ ");
  out += first;
  Value subs = e->dict->get("exceptions");
  if (!subs.is_obj()) return;
  const auto& items = subs.as<Tuple>()->items;
  for (size_t i = 0; i < items.size() && i < 15; ++i) {
    std::string label = " " + std::to_string(i + 1) + " ";
    std::string bar = std::string(16, '-') + label + std::string(16, '-');
    out += pad + (i == 0 ? "+-+" : "+") + (i == 0 ? "" : "-+") + bar + "\n";
    std::string sub;
    const Value& s = items[i];
    if (s.as<ExceptionObj>()->dict->get("exceptions").is_obj()) {
      format_group(vm, s, depth + 1, sub);
      out += sub;
    } else {
      std::set<const Obj*> seen;
      format_chain(vm, s, seen, sub);
      out += boxed(sub, pad + "  | ");
    }
  }
  out += pad + "  +------------------------------------\n";
}

std::string VM::format_exception(const Value& exc) {
  if (!exc.is_obj() || !exc.as_obj()->type->is_exception) return "TypeError: not an exception\n";
  const ExceptionObj* e = exc.as<ExceptionObj>();
  if (e->dict->get("exceptions").is_obj() && e->dict->get("message").is_obj()) {
    std::string out;
    std::set<const Obj*> seen{exc.as_obj()};
    if (e->cause.is_obj()) {
      format_chain(*this, e->cause, seen, out);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && e->context.is_obj()) {
      format_chain(*this, e->context, seen, out);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_group(*this, exc, 0, out);
    return out;
  }
  std::set<const Obj*> seen;
  std::string out;
  format_chain(*this, exc, seen, out);
  return out;
}

}  // namespace sandbox::vm
