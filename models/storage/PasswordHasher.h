#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

// Argon2id (libsodium crypto_pwhash_str) with the interactive limits. The stored string
// carries its own parameters and salt, so stronger limits later stay compatible.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // Minimum rules for a new password, with the reason when it is refused.
    static Status acceptable(const QString& password);
    // A new password's hash, refused with acceptable()'s reason first.
    static Result<QString> hashNew(const QString& password);
};

} // namespace ascolto
