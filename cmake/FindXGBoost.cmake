# Finds the XGBoost C API and imports it as XGBoost::xgboost.
#
# Why a find-module: Debian 12's xgboostConfig.cmake references /usr/bin/xgboost, which the
# package does not ship, so find_package(xgboost CONFIG) fails. We locate the header and the
# shared library ourselves and read the version from xgboost/version_config.h.
find_path(XGBoost_INCLUDE_DIR NAMES xgboost/c_api.h)
find_library(XGBoost_LIBRARY NAMES xgboost)

if(XGBoost_INCLUDE_DIR AND EXISTS "${XGBoost_INCLUDE_DIR}/xgboost/version_config.h")
  file(STRINGS "${XGBoost_INCLUDE_DIR}/xgboost/version_config.h" _xgb_version_lines
       REGEX "#define XGBOOST_VER_(MAJOR|MINOR|PATCH) ")
  foreach(_part MAJOR MINOR PATCH)
    string(REGEX REPLACE ".*XGBOOST_VER_${_part} ([0-9]+).*" "\\1" _value
           "${_xgb_version_lines}")
    set(XGBoost_VERSION_${_part} "${_value}")
  endforeach()
  set(XGBoost_VERSION
      "${XGBoost_VERSION_MAJOR}.${XGBoost_VERSION_MINOR}.${XGBoost_VERSION_PATCH}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XGBoost
  REQUIRED_VARS XGBoost_LIBRARY XGBoost_INCLUDE_DIR
  VERSION_VAR XGBoost_VERSION)

if(XGBoost_FOUND AND NOT TARGET XGBoost::xgboost)
  add_library(XGBoost::xgboost SHARED IMPORTED)
  set_target_properties(XGBoost::xgboost PROPERTIES
    IMPORTED_LOCATION "${XGBoost_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XGBoost_INCLUDE_DIR}")
endif()
mark_as_advanced(XGBoost_INCLUDE_DIR XGBoost_LIBRARY)
