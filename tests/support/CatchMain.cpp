#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef ASCOLTO_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QLocale>

#include <ctime>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs the binary at build time, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Operators work in Italy: contact windows and "today" are Italian local time, whatever
    // the machine running the tests says.
    qputenv("TZ", "Europe/Rome");
    tzset();
    // Tests compare formatted text: pin the locale instead of inheriting the machine's.
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    // Allocated and never deleted: destroying a QApplication after Catch's statics are gone
    // crashes at exit.
#ifdef ASCOLTO_TEST_GUI
    new QApplication(argc, argv);
#else
    new QCoreApplication(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
