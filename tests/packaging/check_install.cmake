# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install into a scratch prefix installs exactly the program and its desktop integration, and
# appstreamcli accepts the installed tree (metainfo, desktop entry and icon found where they belong).
# -DBUILD=build dir -DWORK=scratch dir -DAPP_ID=... -DAPPSTREAMCLI=...
file(REMOVE_RECURSE ${WORK})
set(prefix ${WORK}/prefix)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(expected
  bin/goprep
  share/applications/${APP_ID}.desktop
  share/icons/hicolor/128x128/apps/${APP_ID}.png
  share/icons/hicolor/16x16/apps/${APP_ID}.png
  share/icons/hicolor/24x24/apps/${APP_ID}.png
  share/icons/hicolor/256x256/apps/${APP_ID}.png
  share/icons/hicolor/32x32/apps/${APP_ID}.png
  share/icons/hicolor/48x48/apps/${APP_ID}.png
  share/icons/hicolor/64x64/apps/${APP_ID}.png
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/metainfo/${APP_ID}.metainfo.xml)
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE ${prefix} ${prefix}/*)
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
  list(JOIN installed "\n  " got)
  list(JOIN expected "\n  " want)
  message(FATAL_ERROR "installed files differ\nexpected:\n  ${want}\ngot:\n  ${got}")
endif()

# Every PNG is a PNG of the size its hicolor folder names.
foreach(size IN ITEMS 16 24 32 48 64 128 256)
  set(png ${prefix}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
  file(READ ${png} header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 0 16 magic)
  string(SUBSTRING "${header}" 32 8 width)
  string(SUBSTRING "${header}" 40 8 height)
  math(EXPR want_hex "${size}" OUTPUT_FORMAT HEXADECIMAL)
  string(REPLACE "0x" "" want_hex "${want_hex}")
  string(LENGTH "${want_hex}" len)
  math(EXPR pad "8 - ${len}")
  string(REPEAT "0" ${pad} zeros)
  set(want_hex "${zeros}${want_hex}")
  if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT width STREQUAL want_hex OR NOT height STREQUAL want_hex)
    message(FATAL_ERROR "${png} is not a ${size}x${size} PNG (${magic}, 0x${width} x 0x${height})")
  endif()
endforeach()

if(NOT IS_EXECUTABLE ${prefix}/bin/goprep)
  message(FATAL_ERROR "bin/goprep is not executable")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --pedantic --explain ${prefix}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "appstreamcli validate-tree:\n${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()
list(LENGTH installed count)
message(STATUS "install tree ok: ${count} files")
