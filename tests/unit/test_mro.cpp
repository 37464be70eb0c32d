// The C3 linearization (vm/mro.cpp) on hand-built class graphs, checked
// against the orders CPython 3.11 computes for the same graphs.
#include <doctest/doctest.h>

#include <string>

#include "vm/classes.h"

using namespace sandbox::vm;

namespace {

// A class with the given bases, its MRO computed as type_new does.
Type* cls(const char* name, std::initializer_list<Type*> bases) {
  Type* t = make_type(name, bases.size() ? *bases.begin() : types().object);
  t->python_class = true;
  t->bases.clear();
  for (Type* b : bases) t->bases.emplace_back(b);
  if (t->bases.empty()) t->bases.emplace_back(types().object);
  t->mro = compute_mro(t);
  return t;
}

std::string names(const Type* t) {
  std::string s;
  for (const Type* m : t->mro) s += (s.empty() ? "" : " ") + m->name;
  return s;
}

std::string mro_error(const char* name, std::initializer_list<Type*> bases) {
  try {
    cls(name, bases);
  } catch (PyException& e) {
    return VM().to_str(e.value);
  }
  return "no error";
}

}  // namespace

TEST_CASE("C3: the classic example from the Python 2.3 MRO paper") {
  Type* F = cls("F", {});
  Type* E = cls("E", {});
  Type* D = cls("D", {});
  Type* C = cls("C", {D, F});
  Type* B = cls("B", {D, E});
  Type* A = cls("A", {B, C});
  CHECK(names(A) == "A B C D E F object");
  CHECK(names(B) == "B D E object");
}

TEST_CASE("C3: a diamond puts the shared base last") {
  Type* Root = cls("Root", {});
  Type* Left = cls("Left", {Root});
  Type* Right = cls("Right", {Root});
  CHECK(names(cls("Bottom", {Left, Right})) == "Bottom Left Right Root object");
  CHECK(names(cls("Other", {Right, Left})) == "Other Right Left Root object");
}

TEST_CASE("C3: inconsistent orders and duplicate bases are TypeErrors") {
  Type* A = cls("A", {});
  Type* B = cls("B", {A});
  CHECK(mro_error("C", {A, B}) == "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  CHECK(mro_error("C", {A, A}) == "duplicate base class A");
  Type* X = cls("X", {});
  Type* Y = cls("Y", {});
  Type* P = cls("P", {X, Y});
  Type* Q = cls("Q", {Y, X});
  CHECK(mro_error("C", {P, Q}) == "Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
}

TEST_CASE("best_base: builtin layouts conflict, plain classes do not") {
  std::vector<Ref<Type>> ok{Ref<Type>(cls("M", {})), Ref<Type>(types().list)};
  CHECK(best_base(ok) == types().list);
  std::vector<Ref<Type>> bad{Ref<Type>(types().list), Ref<Type>(types().dict)};
  CHECK_THROWS_AS(best_base(bad), PyException);
}
