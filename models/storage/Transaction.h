#pragma once

#include "domain/Result.h"

namespace ascolto {

class Database;

// BEGIN IMMEDIATE on construction; rolls back in the destructor unless commit() succeeded.
// One user action = one Transaction (its data and its audit row together).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (e.g. the store is locked by another writer beyond the timeout).
    const Status& begun() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace ascolto
