#include "PasswordHasher.h"

#include <sodium.h>

namespace ascolto {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady())
        return Result<QString>::failure(tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Result<QString>::failure(tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

Status PasswordHasher::acceptable(const QString& password)
{
    if (password.size() < 8)
        return Status::failure(tr("The password must have at least 8 characters."));
    return Status::success();
}

Result<QString> PasswordHasher::hashNew(const QString& password)
{
    if (Status s = acceptable(password); !s)
        return s;
    return hash(password);
}

} // namespace ascolto
