# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the screenshots the metainfo lists: cmake --build build/dev --target update-screenshots.
# Each run starts from a fresh settings file in the light scheme, so no one's progress shows and the
# pictures are repeatable.
# -DAPP=goprep -DOUT=packaging/screenshots -DWORK=scratch directory
set(ENV{QT_QPA_PLATFORM} offscreen)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK} ${OUT})

function(shot name chapter)
  file(WRITE ${WORK}/${name}.ini "[appearance]\ncolorScheme=light\n")
  execute_process(COMMAND ${APP} --settings-file ${WORK}/${name}.ini --chapter ${chapter}
                          --screenshot ${OUT}/${name}.png
                  RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "goprep --screenshot ${name} failed (${rc}): ${err}")
  endif()
  message(STATUS "wrote ${OUT}/${name}.png")
endfunction()

shot(reader "language-fundamentals#zero-values")
shot(concurrency "goroutines-channels-and-the-scheduler#worker-pool-a-canonical-pattern")
