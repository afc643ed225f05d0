# Helpers to register test executables with CTest.

add_library(credit_test_support INTERFACE)
target_include_directories(credit_test_support INTERFACE "${PROJECT_SOURCE_DIR}/tests/support")

add_library(credit_shared_data_main STATIC "${PROJECT_SOURCE_DIR}/tests/support/SharedDataMain.cpp")
target_link_libraries(credit_shared_data_main PUBLIC Catch2::Catch2 credit_test_support)

# credit_add_catch_test(NAME SOURCES ... [LIBS ...] [LABELS ...] [NEEDS_SHARED_DATA])
# One executable is one CTest test. With NEEDS_SHARED_DATA the executable skips (exit code 77,
# reported by CTest as skipped) with a message when ../shared/data/homecredit is absent.
function(credit_add_catch_test name)
  cmake_parse_arguments(ARG "NEEDS_SHARED_DATA" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  if(ARG_NEEDS_SHARED_DATA)
    target_link_libraries(${name} PRIVATE credit_shared_data_main)
  else()
    target_link_libraries(${name} PRIVATE Catch2::Catch2WithMain credit_test_support)
  endif()
  target_link_libraries(${name} PRIVATE project_warnings ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "CREDIT_SHARED_DATA=${CREDIT_SHARED_DATA_DIR}"
    SKIP_RETURN_CODE 77
    LABELS "core;${ARG_LABELS}")
endfunction()

# credit_add_qt_test(NAME SOURCES ... [LIBS ...] [LABELS ...]) registers a QtTest executable on the
# offscreen platform (no display needed).
function(credit_add_qt_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test credit_test_support project_warnings ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    # Each GUI test gets its own local store in the build tree, never the user's real one.
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CREDIT_SHARED_DATA=${CREDIT_SHARED_DATA_DIR};CREDIT_LOCAL_STORE=${CMAKE_CURRENT_BINARY_DIR}/${name}-store.sqlite"
    SKIP_RETURN_CODE 77
    LABELS "ui;${ARG_LABELS}")
endfunction()

# A throw-away PostgreSQL server (initdb + pg_ctl as `postgres` when root) for the storage suite,
# the server's integration tests and the benchmarks.
add_library(credit_postgres_cluster STATIC "${PROJECT_SOURCE_DIR}/tests/support/PostgresCluster.cpp")
target_include_directories(credit_postgres_cluster PUBLIC "${PROJECT_SOURCE_DIR}/tests/support")
target_link_libraries(credit_postgres_cluster PUBLIC Qt6::Core Qt6::Network)
