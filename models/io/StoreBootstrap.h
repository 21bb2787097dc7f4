#pragma once

#include "DemoPortfolio.h"

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

namespace ascolto {

class Database;

// Creates a new store file: either filled with the demo portfolio or empty with its first
// administrator. A failure removes the half-made file, so the next start asks again.
class StoreBootstrap
{
    Q_DECLARE_TR_FUNCTIONS(StoreBootstrap)
public:
    static Result<std::unique_ptr<Database>>
    createDemo(const QString& path, const QString& connectionName, const Clock& clock,
               DemoPortfolio::Options options, DemoPortfolio::Summary* summary = nullptr);
    static Result<std::unique_ptr<Database>>
    createEmpty(const QString& path, const QString& connectionName, const Clock& clock,
                const QString& adminUsername, const QString& adminPassword);
    static void removeStoreFiles(const QString& path);
};

} // namespace ascolto
