# Windows packages (not built on the Debian CI; kept so the code and build stay portable).
# Build with MSVC or MinGW Qt 6, run windeployqt on the install tree, then `cpack -G NSIS`
# or `cpack -G WIX`.
set(CPACK_GENERATOR NSIS WIX ZIP)
set(CPACK_NSIS_DISPLAY_NAME "Ascolto")
set(CPACK_NSIS_PACKAGE_NAME "Ascolto ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/ascolto.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ascolto.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Ascolto.lnk' '$INSTDIR\\\\bin\\\\ascolto.exe'")
set(CPACK_WIX_UPGRADE_GUID "6F1C4A52-1E7B-4C7E-9B1D-2A8E5C3F0A11")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/ascolto.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Ascolto")
