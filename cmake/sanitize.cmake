# Sanitizer builds (included by the top-level CMakeLists.txt).
#   SANDBOX_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer, any
#                     compiler; UB aborts (-fno-sanitize-recover) so a test
#                     that hits it fails.  tests/run_all.sh builds it in
#                     build-asan.
#   SANDBOX_FUZZ      clang only: the same sanitizers plus libFuzzer's
#                     coverage instrumentation, and the fuzz_session target
#                     (tests/fuzz).  The app is not needed there.
option(SANDBOX_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SANDBOX_FUZZ "Build the libFuzzer target tests/fuzz (clang only)" OFF)

set(_sandbox_san_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
if(SANDBOX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SANDBOX_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # -O2 -g1 (after the build type's -O3, so they win): compiles faster than
  # -O3 -g (a cold fuzz build is part of CI's time) and runs about as fast;
  # line tables are all the sanitizers' stack traces need.
  add_compile_options(${_sandbox_san_flags} -fsanitize=fuzzer-no-link -O2 -g1)
  add_link_options(-fsanitize=address,undefined)
elseif(SANDBOX_SANITIZE)
  # -O1 (after the build type's -O3, so it wins): the sanitizer build compiles
  # about twice as fast, and runs fast enough for the whole suite.
  add_compile_options(${_sandbox_san_flags} -O1 -g1)
  add_link_options(-fsanitize=address,undefined)
endif()
