#pragma once

#include <catch2/catch.hpp>

#include "hub/PgConnection.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto::test {

// A new, empty database in the throwaway cluster.
inline QString newDatabase()
{
    static int n = 0;
    const QString name =
        QStringLiteral("hub_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
    auto admin = PgConnection::open(QStringLiteral("dbname=postgres"));
    INFO("PostgreSQL (run under pg_virtualenv): " << (admin ? "" : admin.error().toStdString()));
    REQUIRE(admin);
    REQUIRE(admin.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    return QStringLiteral("dbname=%1").arg(name);
}

} // namespace ascolto::test
