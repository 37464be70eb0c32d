// Scopes and name resolution (CPython's symtable.c): which names are fast
// locals, cells, free variables or globals in each function/class/module.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"

namespace sandbox::vm {

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };
enum class SymKind : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit };

struct Scope {
  ScopeKind kind;
  std::string name;                    // "f", "<lambda>", "<listcomp>", "A", "<module>"
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::vector<std::string> params;     // in order (comprehensions: ".0")
  std::set<std::string> bound, used, globals, nonlocals;
  std::map<std::string, SymKind> syms; // resolved
  std::vector<std::string> cellvars, freevars;  // in first-use order
  bool is_async = false;
  bool is_generator = false;           // contains yield
  bool has_await = false;              // contains await / async for / async comprehension
  bool function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension; }
  SymKind lookup(const std::string& n) const {
    auto it = syms.find(n);
    return it == syms.end() ? SymKind::GlobalImplicit : it->second;
  }
  void add_cell(const std::string& n) {
    for (auto& c : cellvars) if (c == n) return;
    cellvars.push_back(n);
  }
  void add_free(const std::string& n) {
    for (auto& c : freevars) if (c == n) return;
    freevars.push_back(n);
  }
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::unordered_map<const void*, Scope*> by_node;  // FunctionDef/ClassDef/Lambda/comprehension node -> scope
  Scope* scope_of(const void* node) const { auto it = by_node.find(node); return it == by_node.end() ? nullptr : it->second; }
};

SymbolTable build_symtable(const lang::Module& m);

}  // namespace sandbox::vm
