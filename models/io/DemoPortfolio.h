#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ascolto {

class Database;

// Builds a deterministic, realistic demo store: a fictional multiutility client with its
// mandate rules, three operators, a team lead and an admin, and N debtors with Italian
// names (accents and apostrophes included), valid tax codes, contacts with owners,
// supplies of every billing frequency, bills in every aging bucket and due in the coming
// days, payments, plans, promises, past calls, complaints and surveys.
//
// The same seed and day give the same store. Everything is written in one transaction on
// the calling thread's connection (db), with secondary indexes rebuilt after the bulk
// insert: a failure or a cancel leaves the store as it was.
class DemoPortfolio
{
    Q_DECLARE_TR_FUNCTIONS(DemoPortfolio)
public:
    struct Options
    {
        int debtors = 2000;
        int operators = 3; // per client; more than 3: operatore4... share the debtors too
        // More than one: a firm of several clients (LUCEGAS02..., users c02-operatore...),
        // the debtors dealt among them in turn.
        int clients = 1;
        quint64 seed = 1;
        QDate today;
        // Called now and then with (debtors done, total); return false to cancel.
        std::function<bool(int, int)> progress;
    };
    struct Summary
    {
        int debtors = 0;
        int invoices = 0;
        int payments = 0;
        int interactions = 0;
        int plans = 0;
        int promises = 0;
        int complaints = 0;
        int users = 0;
        // Milliseconds spent: inserting rows, building indexes, portfolio rows, search text.
        qint64 insertMs = 0;
        qint64 indexMs = 0;
        qint64 summaryMs = 0;
        qint64 searchMs = 0;
    };

    static Result<Summary> generate(Database& db, const Options& options);

    static QString clientCode() { return QStringLiteral("LUCEGAS"); }
    // Every demo user has this password; the first operator is the one `--demo` logs in.
    static QString password() { return QStringLiteral("ascolto-demo"); }
    static QString operatorUsername() { return QStringLiteral("operatore1"); }
    static QString teamLeadUsername() { return QStringLiteral("capoteam"); }
    static QString adminUsername() { return QStringLiteral("admin"); }
};

} // namespace ascolto
