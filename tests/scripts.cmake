# Script tests (owned by tests/reference, tests/behaviour, scenarios):
# included by tests/CMakeLists.txt after find_package(Python3).
#   behaviour   asyncio-sandbox vs the committed CPython outputs of tests/behaviour
#   oracle      asyncio-sandbox vs the reference runner, on scenarios + behaviour
#   reference   the reference runner vs shared/conformance (checks the oracle itself)
#   conformance shared/conformance/check over asyncio-sandbox
#   scenarios_list  `asyncio-sandbox list` shows every scenario with its title
#   python_doc  docs/python.md's examples print what the page says
# Each prints the first differing line of any failure. Tests that need
# CPython 3.11 and cannot find it exit 77, which ctest reports as skipped.

set(SANDBOX_CONFORMANCE_DIR "${CMAKE_SOURCE_DIR}/../shared/conformance"
    CACHE PATH "shared/conformance folder (programs + CPython outputs + check)")
set(_tests_dir ${CMAKE_CURRENT_SOURCE_DIR})
set(_sandbox $<TARGET_FILE:asyncio-sandbox>)

if(Python3_Interpreter_FOUND)
  set(_py ${Python3_EXECUTABLE})
else()
  # Without any python3 the harnesses cannot run: say so and skip.
  set(_py sh -c "echo 'SKIP: python3 not found; the script tests need it'; exit 77" --)
endif()

add_test(NAME behaviour
         COMMAND ${_py} ${_tests_dir}/check_behaviour.py ${_sandbox})

add_test(NAME oracle
         COMMAND ${_py} ${_tests_dir}/check_oracle.py ${_sandbox}
                 ${CMAKE_SOURCE_DIR}/scenarios ${_tests_dir}/behaviour)

# python_doc: every example of docs/python.md (what Python runs, what is left
# out and the error a user sees) prints what the page says; examples marked
# `cpython` print the same under the reference too.
add_test(NAME python_doc
         COMMAND ${_py} ${_tests_dir}/check_python_doc.py ${_sandbox} ${CMAKE_SOURCE_DIR}/docs/python.md)

# modules_doc: the same for docs/modules.md (what `import` finds).
add_test(NAME modules_doc
         COMMAND ${_py} ${_tests_dir}/check_python_doc.py ${_sandbox} ${CMAKE_SOURCE_DIR}/docs/modules.md)

add_test(NAME scenarios_list
         COMMAND ${_py} ${_tests_dir}/check_list.py ${_sandbox} ${CMAKE_SOURCE_DIR}/scenarios)

if(EXISTS ${SANDBOX_CONFORMANCE_DIR}/check)
  add_test(NAME conformance
           COMMAND ${_py} ${SANDBOX_CONFORMANCE_DIR}/check ${_sandbox})
  add_test(NAME reference
           COMMAND bash ${_tests_dir}/reference/check_reference.sh ${SANDBOX_CONFORMANCE_DIR})
  set_tests_properties(conformance PROPERTIES TIMEOUT 900)
  set_tests_properties(reference PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77)
else()
  message(STATUS "shared/conformance not found at ${SANDBOX_CONFORMANCE_DIR}: conformance test not registered")
endif()

set_tests_properties(behaviour scenarios_list python_doc PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77)
set_tests_properties(oracle PROPERTIES TIMEOUT 1500 SKIP_RETURN_CODE 77)

# determinism: every scenario traced SANDBOX_DETERMINISM_RUNS (20) times and
# every behaviour, error and conformance program SANDBOX_DETERMINISM_OTHER_RUNS
# (8) times as jsonl, each run under the next
# environment variant (locale, time zone, environment size, working
# directory, ASLR): the traces must be byte-identical
# (tests/check_determinism.py).  The text format is a function of the same
# events: 20 runs for the scenarios, 2 for the others.  The limit programs
# (tests/errors/limits) run for seconds each, so determinism_limits compares
# two variants.  The asan stage caps every count with DETERMINISM_MAX_RUNS.
set(SANDBOX_DETERMINISM_RUNS 20 CACHE STRING "runs per scenario (jsonl) in the determinism test")
# The other programs (behaviour, errors, conformance: 700 of them) run once
# under each of the seven environment variants and once more: every variant
# is compared for every program, and the run stays inside CI's time.
set(SANDBOX_DETERMINISM_OTHER_RUNS 8 CACHE STRING "runs per other program (jsonl) in the determinism test")
set(_determinism_dirs ${CMAKE_SOURCE_DIR}/scenarios ${_tests_dir}/behaviour ${_tests_dir}/errors)
if(EXISTS ${SANDBOX_CONFORMANCE_DIR}/check)
  list(APPEND _determinism_dirs ${SANDBOX_CONFORMANCE_DIR})
endif()
add_test(NAME determinism
         COMMAND ${_py} ${_tests_dir}/check_determinism.py ${_sandbox} ${_determinism_dirs}
                 --full ${CMAKE_SOURCE_DIR}/scenarios
                 --runs ${SANDBOX_DETERMINISM_RUNS} --text-runs ${SANDBOX_DETERMINISM_RUNS}
                 --runs-others ${SANDBOX_DETERMINISM_OTHER_RUNS} --text-runs-others 2 --jobs 2)
add_test(NAME determinism_limits
         COMMAND ${_py} ${_tests_dir}/check_determinism.py ${_sandbox} ${_tests_dir}/errors/limits
                 --runs 2 --text-runs 0 --jobs 2)
set_tests_properties(determinism determinism_limits PROPERTIES TIMEOUT 1800 SKIP_RETURN_CODE 77)

# errors: the bad programs of tests/errors (syntax errors, wrong types,
# missing names, asyncio misuse, never-awaited warnings) against their
# committed CPython 3.11 output: status, stdout, first and last stderr lines;
# plus a live run of the reference when CPython 3.11 is found.
add_test(NAME errors
         COMMAND ${_py} ${_tests_dir}/errors/check_errors.py ${_sandbox})
set_tests_properties(errors PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77)

# limits: programs that exhaust a resource (step budget, recursion, memory,
# output, trace size, virtual time, tasks, sockets) end promptly with
# Python's error or "RuntimeError: sandbox limit: ..." and little memory.
add_test(NAME limits
         COMMAND ${_py} ${_tests_dir}/errors/check_limits.py ${_sandbox})
set_tests_properties(limits PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77)
