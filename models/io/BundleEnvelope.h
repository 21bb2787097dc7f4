#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ascolto {

// What a sync bundle travels in: signed by the device that wrote it and encrypted for the one
// device it is for, so a lost USB stick or a forwarded e-mail reveals nothing and a bundle
// nobody enrolled wrote is refused before anything in it is read.
//
//   "ASCOLTO-BUNDLE-1\n" | u32 header length | header (JSON: devices, sequence, time, the
//   sender's public key) | the content key sealed for the recipient (X25519 sealed box) |
//   the content (the SQLite bundle) in XChaCha20-Poly1305 secretstream chunks of 1 MiB, the
//   last one tagged final | Ed25519ph signature of everything before it.
//
// The header is in clear (the receiver must know whose key to check and whether the bundle
// is for it); everything about the data is inside. Ed25519 keys sign; the same keys,
// converted to X25519, receive (libsodium). Streamed: a bundle of any size in constant memory.
class BundleEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(BundleEnvelope)
public:
    struct Header
    {
        QString sourceDevice;
        QString forDevice;
        qint64 sequence = 0;
        QString createdAt;
        QByteArray senderKey; // Ed25519 public key of the writer
    };

    // Writes `out` (created 0600, must not exist) from the plain bundle at `plain`.
    static Status seal(const QString& plain, const QString& out, const Header& header,
                       const QByteArray& senderSecretKey, const QByteArray& recipientPublicKey);
    // The clear header; fails, saying why, for anything that is not a sealed bundle.
    static Result<Header> readHeader(const QString& path);
    // The signature holds for this public key over the whole file.
    static Status verify(const QString& path, const QByteArray& senderPublicKey);
    // Decrypts the content into `plain` (created 0600, must not exist).
    static Status open(const QString& path, const QByteArray& recipientSecretKey,
                       const QString& plain);
};

} // namespace ascolto
