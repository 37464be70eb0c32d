// find_ann (Python/compile.c, 3.11.7: match cases included).
#include "vm/compiler_annotations.h"

namespace sandbox::vm {

using namespace lang;

bool body_has_annotations(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        if (body_has_annotations(s->as<For>().body) || body_has_annotations(s->as<For>().orelse)) return true;
        break;
      case StmtKind::While:
        if (body_has_annotations(s->as<While>().body) || body_has_annotations(s->as<While>().orelse)) return true;
        break;
      case StmtKind::If:
        if (body_has_annotations(s->as<If>().body) || body_has_annotations(s->as<If>().orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (body_has_annotations(s->as<With>().body)) return true;
        break;
      case StmtKind::Try: {
        const Try& t = s->as<Try>();
        for (const ExceptHandler& h : t.handlers)
          if (body_has_annotations(h.body)) return true;
        if (body_has_annotations(t.body) || body_has_annotations(t.finalbody) || body_has_annotations(t.orelse))
          return true;
        break;
      }
      case StmtKind::Match:
        for (const MatchCase& c : s->as<Match>().cases)
          if (body_has_annotations(c.body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

}  // namespace sandbox::vm
