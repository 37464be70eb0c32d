// lib's entry point: fills the builtin types' method dicts, the constructor
// (new_) slots, float's repr, the builtin functions lib owns (print, len,
// range, sorted, ...) and the `time` and `random` modules.  Whoever creates
// a VM calls sandbox::vm::lib::install(vm) right after constructing it.
#pragma once

#include "vm/vm.h"

namespace sandbox::vm::lib {

// Idempotent for the process-wide types; per-VM for builtins and modules.
void install(VM& vm);

// format(value, spec) as the builtin and f-strings do it (__format__ lookup).
Value format_value_lib(VM& vm, const Value& v, const Value& spec);

// The types lib defines (valid after install()).
struct LibTypes {
  Type *range, *range_iter, *enumerate, *zip, *map, *filter, *reversed, *dict_keys, *dict_values,
      *dict_items, *dict_view_iter;
};
LibTypes& lib_types();

// Pieces of install(), one per file.
void install_builtin_functions(VM& vm);   // builtins_funcs.cpp
void install_builtins_exec(VM& vm);
void install_callable_iter(VM& vm);
void install_str_translate();
void install_slice_methods();
void install_bytearray(VM& vm);
void install_bytes_more();                // bytes_more.cpp (center, partition, fromhex, translate, ...)           // bytearray.cpp             // slice_methods.cpp             // str_translate.cpp (maketrans, translate, format_map)       // callable_iter.cpp (iter(f, sentinel))       // builtins_exec.cpp (exec, eval, dir, vars, input, ...)
void install_iter_types(VM& vm);          // iter_types.cpp (range, enumerate, zip, ...)
void install_constructors();              // constructors.cpp (new_ slots)
void install_str_methods();               // str_methods.cpp
void install_bytes_methods();             // bytes_methods.cpp
void install_list_methods();              // list_methods.cpp (list, tuple)
void install_dict_methods();              // dict_methods.cpp (dict + views)
void install_set_methods();               // set_methods.cpp
void install_number_methods();            // number_methods.cpp (int, float, bool)
void install_time_module(VM& vm);         // time_module.cpp
void add_time_calendar(VM& vm, Dict* d);  // time_calendar.cpp (struct_time, strftime, ...)
void install_random_module(VM& vm);       // random_module.cpp
void install_complex_type(VM& vm);        // complex_type.cpp
void install_sre_module(VM& vm);          // sre/sre_module.cpp (_sre, the regex engine)

}  // namespace sandbox::vm::lib
