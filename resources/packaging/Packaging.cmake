# Installation layout and the Debian package (cpack -G DEB, or ./bootstrap.sh package).
include(GNUInstallDirs)
# cpack (and the package test in CTest) installs what is built; it must not rebuild
# the whole tree, tests included, first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)
set(TASKDESK_PACKAGING ${CMAKE_CURRENT_LIST_DIR})
set(TASKDESK_APP_ID org.taskdesk.Taskdesk)
# Whoever publishes the package names themselves here (cmake -DTASKDESK_MAINTAINER=...).
set(TASKDESK_MAINTAINER "Taskdesk developers <taskdesk@example.org>" CACHE STRING "Maintainer of the Debian package")

# Desktop integration: the menu entry, AppStream metadata, the icon in the hicolor theme.
install(FILES ${TASKDESK_PACKAGING}/${TASKDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${TASKDESK_PACKAGING}/${TASKDESK_APP_ID}.metainfo.xml
               ${PROJECT_BINARY_DIR}/packaging/${TASKDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/${TASKDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/taskdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}/taskdesk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The manual page and the Debian changelog, compressed as Debian policy wants (gzip -9n).
find_program(GZIP_PROGRAM gzip REQUIRED)
configure_file(${TASKDESK_PACKAGING}/taskdesk.1 ${PROJECT_BINARY_DIR}/packaging/taskdesk.1 @ONLY)
configure_file(${TASKDESK_PACKAGING}/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
foreach(file IN ITEMS taskdesk.1 changelog)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/${file}.gz
        COMMAND ${GZIP_PROGRAM} -9nfk ${PROJECT_BINARY_DIR}/packaging/${file}
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/${file}
        VERBATIM)
endforeach()
add_custom_target(taskdesk_docs ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/taskdesk.1.gz
                                            ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/taskdesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz ${TASKDESK_PACKAGING}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/taskdesk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME taskdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Taskdesk developers")
set(CPACK_PACKAGE_CONTACT "${TASKDESK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for ERA service tasks and TARGPatrol task series")
set(CPACK_PACKAGE_DESCRIPTION
    "Taskdesk keeps the scheduled service tasks of an ERA platform server and the\nrecurring task series of a TARGPatrol server in a local SQLite database, so\nthat operators can edit them offline in tables and forms, with a visual\nstep and action editor, and syncs them with the servers over their REST\nAPIs, showing conflicts instead of losing changes. Russian and English.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt plugins are loaded at run time, so shlibdeps cannot see them: the SQLite driver
# (the database) and the SVG image and icon plugins (every icon of the window).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own strings (file dialogs, buttons) in Russian; the app's are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
