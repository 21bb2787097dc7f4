#pragma once

#include <QString>

namespace ascolto {

struct BenchOptions
{
    QString dbPath; // empty: generate a portfolio in a temporary folder
    int debtors = 100000;
    quint64 seed = 1;
    bool json = false;
    bool import = true; // also measure the CSV import (needs the sqlite3 shell)
    QString cliPath;    // this executable, to generate the portfolio in a child process
};

// `ascolto-cli bench`: measures the DESIGN.md §6 budgets on a real store and prints each
// figure with its budget and pass/fail. Returns the exit code (0 when every budget holds).
int runBench(const BenchOptions& options);

} // namespace ascolto
