// The bytecode: one 32-bit word per instruction, opcode in the low 8 bits and
// the argument in the high 24.  X(NAME, stack effect); effects marked 99 depend
// on the argument and are computed in stack_effect() (compiler.cpp).
// Call layout (like CPython 3.11): [callable, self_or_null, args...].
#pragma once
#include <cstdint>

namespace sandbox::vm {

#define SANDBOX_OPCODES(X)                                                          \
  X(NOP, 0)                                                                         \
  X(POP_TOP, -1)                                                                    \
  X(COPY, 1)               /* push stack[-arg] */                                  \
  X(SWAP, 0)               /* swap TOS and stack[-arg] */                          \
  X(PUSH_NULL, 1)                                                                   \
  X(LOAD_CONST, 1)                                                                  \
  X(LOAD_FAST, 1)                                                                   \
  X(STORE_FAST, -1)                                                                 \
  X(DELETE_FAST, 0)                                                                 \
  X(LOAD_DEREF, 1)         /* arg: index into cells+frees */                       \
  X(STORE_DEREF, -1)                                                                \
  X(DELETE_DEREF, 0)                                                                \
  X(LOAD_CLOSURE, 1)       /* push the cell itself */                              \
  X(LOAD_CLASSDEREF, 1)    /* class body: locals dict, then the cell */           \
  X(LOAD_NAME, 1)                                                                   \
  X(STORE_NAME, -1)                                                                 \
  X(DELETE_NAME, 0)                                                                 \
  X(LOAD_GLOBAL, 1)                                                                 \
  X(STORE_GLOBAL, -1)                                                               \
  X(DELETE_GLOBAL, 0)                                                               \
  X(LOAD_ATTR, 0)                                                                   \
  X(STORE_ATTR, -2)        /* obj.attr = v: [v, obj] */                            \
  X(DELETE_ATTR, -1)                                                                \
  X(LOAD_METHOD, 1)        /* [obj] -> [meth, self] or [attr, null] */             \
  X(BINARY_SUBSCR, -1)                                                              \
  X(STORE_SUBSCR, -3)      /* [v, obj, key] */                                     \
  X(DELETE_SUBSCR, -2)                                                              \
  X(BUILD_SLICE, 99)                                                                \
  X(BINARY_OP, -1)         /* arg: BinOp | 0x100 inplace */                        \
  X(UNARY_NEG, 0)                                                                   \
  X(UNARY_POS, 0)                                                                   \
  X(UNARY_NOT, 0)                                                                   \
  X(UNARY_INVERT, 0)                                                                \
  X(COMPARE_OP, -1)        /* arg: CmpOp */                                        \
  X(IS_OP, -1)             /* arg 1 = is not */                                    \
  X(CONTAINS_OP, -1)       /* arg 1 = not in */                                    \
  X(JUMP, 0)                                                                        \
  X(POP_JUMP_IF_FALSE, -1)                                                          \
  X(POP_JUMP_IF_TRUE, -1)                                                           \
  X(JUMP_IF_FALSE_OR_POP, 99)                                                       \
  X(JUMP_IF_TRUE_OR_POP, 99)                                                        \
  X(GET_ITER, 0)                                                                    \
  X(FOR_ITER, 1)           /* exhausted: pop iterator, jump to arg */              \
  X(BUILD_TUPLE, 99)                                                                \
  X(BUILD_LIST, 99)                                                                 \
  X(BUILD_SET, 99)                                                                  \
  X(BUILD_MAP, 99)         /* arg pairs */                                         \
  X(LIST_APPEND, -1)       /* list at stack[-arg] after pop */                     \
  X(SET_ADD, -1)                                                                    \
  X(MAP_ADD, -2)                                                                    \
  X(LIST_EXTEND, -1)                                                                \
  X(SET_UPDATE, -1)                                                                 \
  X(DICT_UPDATE, -1)                                                                \
  X(DICT_MERGE, -1)        /* **kwargs: duplicate keys are an error */             \
  X(LIST_TO_TUPLE, 0)                                                               \
  X(BUILD_STRING, 99)                                                               \
  X(FORMAT_VALUE, 99)      /* arg: conversion (0 none,1 s,2 r,3 a) | 4 has spec */ \
  X(UNPACK_SEQUENCE, 99)                                                            \
  X(UNPACK_EX, 99)         /* arg: before | after << 8 */                          \
  X(CALL, 99)              /* arg: positional count */                             \
  X(CALL_KW, 99)           /* arg: total count; TOS = tuple of keyword names */    \
  X(CALL_FUNCTION_EX, 99)  /* arg 1: kwargs dict on top; [f, null, args, kw?] */  \
  X(MAKE_FUNCTION, 99)     /* 1 defaults, 2 kwdefaults, 4 annotations, 8 closure */ \
  X(RETURN_VALUE, -1)                                                               \
  X(YIELD_VALUE, 0)                                                                 \
  X(GET_AWAITABLE, 0)                                                               \
  X(YIELD_FROM, -1)        /* [iter, v] -> [result] (delegation) */                \
  X(GET_AITER, 0)                                                                   \
  X(GET_ANEXT, 1)                                                                   \
  X(END_ASYNC_FOR, -2)     /* handler: [aiter, exc] */                             \
  X(SETUP_FINALLY, 0)      /* push a handler block at the current depth */         \
  X(SETUP_CLEANUP, 0)      /* same, one stack item shallower */                    \
  X(POP_BLOCK, 0)                                                                   \
  X(PUSH_EXC_INFO, 1)      /* [exc] -> [prev, exc]; handling = exc */              \
  X(POP_EXCEPT, -1)        /* [prev] -> []; handling = prev */                     \
  X(CHECK_EXC_MATCH, 0)    /* [exc, T] -> [exc, bool] */                           \
  X(RERAISE, -1)                                                                    \
  X(POP_EXCEPT_RERAISE, -2) /* [prev, exc] -> raise exc; handling = prev */        \
  X(RAISE_VARARGS, 99)                                                              \
  X(LOAD_ASSERTION_ERROR, 1)                                                        \
  X(BEFORE_WITH, 1)        /* [mgr] -> [exit, enter()] */                          \
  X(BEFORE_ASYNC_WITH, 1)  /* [mgr] -> [aexit, aenter() awaitable] */              \
  X(WITH_EXCEPT_START, 1)  /* [exit, prev, exc] -> [.., exc, exit(type,exc,tb)] */ \
  X(IMPORT_NAME, -1)       /* [level, fromlist] -> [module] */                     \
  X(IMPORT_FROM, 1)        /* [mod] -> [mod, attr] */                              \
  X(LOAD_BUILD_CLASS, 1)                                                            \
  X(LOAD_LOCALS, 1)                                                                 \
  /* match statements (compiler_match.cpp, eval_match.cpp) */                       \
  X(MATCH_MAPPING, 1)      /* [subject] -> [subject, is a mapping] */              \
  X(MATCH_SEQUENCE, 1)     /* [subject] -> [subject, is a sequence] */             \
  X(MATCH_KEYS, 1)         /* [subject, keys] -> [.., values tuple or None] */     \
  X(MATCH_CLASS, -2)       /* arg positional count; [subj, cls, names] -> [attrs or None] */ \
  X(GET_LEN, 1)            /* [x] -> [x, len(x)] */                                \
  /* except* (exception_group.cpp) */                                               \
  X(CHECK_EG_MATCH, 0)     /* [exc, T] -> [rest, match] or [exc, None] */           \
  X(PREP_RERAISE_STAR, -1) /* [orig, raised list] -> [group to raise or None] */ \
  /* yield from (gen_delegate.cpp) */                                              \
  X(GET_YIELD_FROM_ITER, 0) /* yield from: iter(x) unless a generator/coroutine */ \
  /* from m import * (importer.cpp) */                                            \
  X(IMPORT_STAR, -1)       /* [mod] -> []: binds its public names in f->locals */ \
  /* annotations (compiler_annotations.cpp) */                                   \
  X(SETUP_ANNOTATIONS, 0)  /* f->locals['__annotations__'] = {} unless present */

enum class Op : uint8_t {
#define SANDBOX_X(name, effect) name,
  SANDBOX_OPCODES(SANDBOX_X)
#undef SANDBOX_X
      Count
};

const char* op_name(Op op);
int op_base_effect(Op op);

inline uint32_t encode(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Op decode_op(uint32_t w) { return Op(w & 0xff); }
inline uint32_t decode_arg(uint32_t w) { return w >> 8; }

}  // namespace sandbox::vm
