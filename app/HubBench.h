#pragma once

#include <QString>

namespace ascolto {

struct HubBenchOptions
{
    QString conninfo;       // an empty database: the bench makes the firm in it
    int debtors = 20000;    // the demo firm's size
    int clients = 1;        // the debtors dealt among them
    int workstations = 200; // 0: the firm's figures only (load, size, copy, report)
    int seconds = 120;      // how long the workstations sync
    int changes = 50;       // rows each workstation edits before a round
    int pauseMs = 3000;     // between a workstation's rounds (a random half to one and a half)
    bool json = false;
};

// ascolto-hub bench: the hub's figures against their budgets, printed like ascolto-cli bench:
// the initial load and the size on disk, the team's reports for the client, a 20,000-debtor
// bundle merged, and workstations syncing over HTTPS on loopback (p50 and p95 of a round, no
// row lost or doubled at the end).
int runHubBench(const HubBenchOptions& options);

} // namespace ascolto
