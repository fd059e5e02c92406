# SPDX-License-Identifier: GPL-3.0-or-later
# CPack builds the Debian package; its control fields and file list are what a Debian 13 user should get.
# -DBUILD=build dir -DWORK=scratch dir -DAPP_ID=... -DVERSION=... -DDPKG_DEB=... -DCPACK=...
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CPACK} --config ${BUILD}/CPackConfig.cmake -G DEB -B ${WORK}
                WORKING_DIRECTORY ${BUILD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}${err}")
endif()
file(GLOB debs ${WORK}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK}, found ${count}: ${debs}\n${out}")
endif()
set(deb ${debs})

function(field name out_var)
  execute_process(COMMAND ${DPKG_DEB} --field ${deb} ${name} RESULT_VARIABLE rc OUTPUT_VARIABLE value
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --field ${name} failed")
  endif()
  set(${out_var} "${value}" PARENT_SCOPE)
endfunction()

field(Package package)
field(Version version)
field(Section section)
field(Depends depends)
field(Maintainer maintainer)
field(Description description)
message(STATUS "Package: ${package}\nVersion: ${version}\nSection: ${section}\nDepends: ${depends}")
if(NOT package STREQUAL "goprep" OR NOT version STREQUAL VERSION OR NOT section STREQUAL "education")
  message(FATAL_ERROR "unexpected control fields: ${package} ${version} ${section}")
endif()
if(maintainer STREQUAL "" OR NOT description MATCHES "^study companion for Go developer interviews\n GoPrep puts")
  message(FATAL_ERROR "maintainer or description missing:\n${maintainer}\n${description}")
endif()
# dpkg-shlibdeps, not a hand-written list, names the libraries: these are the ones GoPrep cannot start
# without, each with the minimum version the binary needs.
foreach(lib libc6 libstdc\\+\\+6 libqt6core6t64 libqt6gui6 libqt6widgets6 libqt6webenginecore6
            libqt6webenginewidgets6 libqt6webchannel6 libkf6syntaxhighlighting6 libmd4c0)
  if(NOT depends MATCHES "(^|, )${lib} \\(>= [^)]+\\)")
    message(FATAL_ERROR "Depends lacks a versioned ${lib}: ${depends}")
  endif()
endforeach()

execute_process(COMMAND ${DPKG_DEB} --contents ${deb} RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --contents failed")
endif()
# Regular files only ("-rw-r--r-- root/root 1234 date time ./usr/bin/goprep"); directories vary with CPack.
string(REPLACE "\n" ";" lines "${listing}")
set(files)
set(binary_mode "")
foreach(line IN LISTS lines)
  if(line MATCHES "^(-[^ ]+) +[^ ]+ +[0-9]+ +[^ ]+ +[^ ]+ +\\./(.+)$")
    list(APPEND files ${CMAKE_MATCH_2})
    if(CMAKE_MATCH_2 STREQUAL "usr/bin/goprep")
      set(binary_mode ${CMAKE_MATCH_1})
    endif()
  endif()
endforeach()
set(expected
  usr/bin/goprep
  usr/share/applications/${APP_ID}.desktop
  usr/share/icons/hicolor/128x128/apps/${APP_ID}.png
  usr/share/icons/hicolor/16x16/apps/${APP_ID}.png
  usr/share/icons/hicolor/24x24/apps/${APP_ID}.png
  usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
  usr/share/icons/hicolor/32x32/apps/${APP_ID}.png
  usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
  usr/share/icons/hicolor/64x64/apps/${APP_ID}.png
  usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
  usr/share/metainfo/${APP_ID}.metainfo.xml)
list(SORT files)
list(SORT expected)
if(NOT files STREQUAL expected)
  message(FATAL_ERROR "package contents differ from the expected list:\n${listing}")
endif()
if(NOT binary_mode STREQUAL "-rwxr-xr-x")
  message(FATAL_ERROR "usr/bin/goprep has mode ${binary_mode}")
endif()
file(SIZE ${deb} size)
get_filename_component(name ${deb} NAME)
message(STATUS "${name}: ${size} bytes, files ok")
