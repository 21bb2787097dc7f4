#pragma once

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

#include <memory>

namespace ascolto {

// Where Ascolto keeps its files. ASCOLTO_DATA_DIR overrides everything (tests, portable use).
//   stores and settings: $XDG_DATA_HOME/ascolto (~/.local/share/ascolto) and
//   $XDG_CONFIG_HOME/ascolto/ascolto.ini
namespace AppPaths {

inline QString dataDir()
{
    const QString overridden = qEnvironmentVariable("ASCOLTO_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ascolto");
}

inline QString defaultStorePath()
{
    return dataDir() + QStringLiteral("/ascolto.sqlite");
}

inline QString demoStorePath()
{
    return dataDir() + QStringLiteral("/demo.sqlite");
}

inline std::unique_ptr<QSettings> settings()
{
    const QString overridden = qEnvironmentVariable("ASCOLTO_DATA_DIR");
    if (!overridden.isEmpty())
        return std::make_unique<QSettings>(overridden + QStringLiteral("/ascolto.ini"),
                                           QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("ascolto"), QStringLiteral("ascolto"));
}

} // namespace AppPaths
} // namespace ascolto
