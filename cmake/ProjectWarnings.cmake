# Warnings every target of ours compiles with. Third-party headers come in as SYSTEM includes
# so their warnings do not drown ours.
add_library(project_warnings INTERFACE)
target_compile_options(project_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2
    -Wimplicit-fallthrough>)
# GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string concatenation at -O3
# (GCC bug 105329); they point at <char_traits.h>, never at our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(project_warnings INTERFACE -Wno-restrict)
endif()
