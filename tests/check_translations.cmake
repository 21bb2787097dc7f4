# Every string the operator can read is translated (Italian by default, English complete):
# lupdate over the sources into a copy of each .ts finds nothing new and nothing unfinished.
# Run by CTest (translations_complete); a failure names the strings to translate with
# `cmake --build build --target update_translations` and the .ts files.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB_RECURSE sources
    "${SOURCE}/models/*.cpp" "${SOURCE}/models/*.h"
    "${SOURCE}/ui/*.cpp" "${SOURCE}/ui/*.h"
    "${SOURCE}/app/*.cpp" "${SOURCE}/app/*.h")
string(REPLACE ";" "\n" listing "${sources}")
file(WRITE "${WORK}/sources.lst" "${listing}\n")
set(failed "")
foreach(lang it en)
    configure_file("${SOURCE}/resources/i18n/ascolto_${lang}.ts" "${WORK}/ascolto_${lang}.ts" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" "@${WORK}/sources.lst" -no-obsolete -locations none
                -ts "${WORK}/ascolto_${lang}.ts"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE lupdate_err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}): ${lupdate_err}")
    endif()
    file(READ "${WORK}/ascolto_${lang}.ts" ts)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${ts}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
        string(REPLACE ";" "\n  " missing "${missing}")
        string(APPEND failed "ascolto_${lang}.ts: ${count} string(s) without a translation:\n  ${missing}\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "Every string has its Italian and English translation.")
