#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ascolto::test {

// What a run of ascolto-cli said.
struct Run
{
    int exitCode = -1; // -1 when it crashed
    QString out;
    QString err;
};

// This process's environment with the locale set, so messages come in a known language.
inline QProcessEnvironment cliEnvironment(const QString& locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    return env;
}

// Runs ascolto-cli to the end in `env`, with `input` on its standard input.
inline Run runCli(const QStringList& args, const QProcessEnvironment& env,
                  const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ASCOLTO_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ascolto::test
