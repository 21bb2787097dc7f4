#include "BundleEnvelope.h"

#include "storage/PrivateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

namespace ascolto {

namespace {

const QByteArray kMagic("ASCOLTO-BUNDLE-1\n");
constexpr qint64 kChunk = 1 << 20;
constexpr int kSignature = crypto_sign_BYTES;
constexpr int kSealedKey = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// Reads exactly n bytes or fails.
bool readExactly(QFile& f, char* into, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = f.read(into + done, n - done);
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

struct Parsed
{
    BundleEnvelope::Header header;
    qint64 bodyStart = 0; // offset of the sealed key
};

Result<Parsed> parse(QFile& f)
{
    using R = Result<Parsed>;
    QByteArray magic(kMagic.size(), Qt::Uninitialized);
    if (!readExactly(f, magic.data(), magic.size()) || magic != kMagic) {
        f.seek(0);
        const QByteArray start = f.read(16);
        if (start.startsWith("SQLite format 3"))
            return R::failure(BundleEnvelope::tr(
                "it is not signed (a bundle of an older Ascolto, or made by hand): update the "
                "sending workstation and export a new bundle there"));
        return R::failure(BundleEnvelope::tr("it is not an Ascolto sync bundle"));
    }
    char len[4];
    if (!readExactly(f, len, 4))
        return R::failure(BundleEnvelope::tr("the file is damaged or truncated"));
    const quint32 headerSize = qFromBigEndian<quint32>(len);
    if (headerSize == 0 || headerSize > 65536)
        return R::failure(BundleEnvelope::tr("the file is damaged or truncated"));
    QByteArray json(int(headerSize), Qt::Uninitialized);
    if (!readExactly(f, json.data(), headerSize))
        return R::failure(BundleEnvelope::tr("the file is damaged or truncated"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Parsed p;
    p.header.sourceDevice = o.value(QLatin1String("source_device")).toString();
    p.header.forDevice = o.value(QLatin1String("for_device")).toString();
    p.header.sequence = o.value(QLatin1String("sequence")).toInteger();
    p.header.createdAt = o.value(QLatin1String("created_at")).toString();
    p.header.senderKey =
        QByteArray::fromHex(o.value(QLatin1String("sender_key")).toString().toLatin1());
    if (p.header.sourceDevice.isEmpty() || p.header.forDevice.isEmpty() ||
        p.header.senderKey.size() != crypto_sign_PUBLICKEYBYTES)
        return R::failure(BundleEnvelope::tr("its header is incomplete"));
    p.bodyStart = f.pos();
    return p;
}

} // namespace

Status BundleEnvelope::seal(const QString& plain, const QString& out, const Header& header,
                            const QByteArray& senderSecretKey, const QByteArray& recipientPublicKey)
{
    if (sodium_init() < 0 || senderSecretKey.size() != crypto_sign_SECRETKEYBYTES ||
        recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Status::failure(tr("the keys to sign and encrypt it are missing"));
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            curve, reinterpret_cast<const unsigned char*>(recipientPublicKey.constData())) != 0)
        return Status::failure(tr("the recipient's key is not a valid key"));
    QFile in(plain);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(in.errorString());
    if (Status s = PrivateFile::create(out); !s)
        return s;
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(f.errorString());
    crypto_sign_state signer;
    crypto_sign_init(&signer);
    const auto put = [&](const QByteArray& bytes) {
        crypto_sign_update(&signer, reinterpret_cast<const unsigned char*>(bytes.constData()),
                           quint64(bytes.size()));
        return f.write(bytes) == bytes.size();
    };
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("source_device"), header.sourceDevice},
                                  {QStringLiteral("for_device"), header.forDevice},
                                  {QStringLiteral("sequence"), header.sequence},
                                  {QStringLiteral("created_at"), header.createdAt},
                                  {QStringLiteral("sender_key"),
                                   QString::fromLatin1(header.senderKey.toHex())}})
            .toJson(QJsonDocument::Compact);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray sealedKey(kSealedKey, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealedKey.data()), key, sizeof key, curve);
    crypto_secretstream_xchacha20poly1305_state stream;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &stream, reinterpret_cast<unsigned char*>(streamHeader.data()), key);
    sodium_memzero(key, sizeof key);
    bool ok = put(kMagic) && put(u32(quint32(json.size()))) && put(json) && put(sealedKey) &&
              put(streamHeader);
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray chunk(int(kChunk), Qt::Uninitialized);
    QByteArray cipher(int(kChunk) + crypto_secretstream_xchacha20poly1305_ABYTES,
                      Qt::Uninitialized);
    do {
        const qint64 n = qMin(kChunk, total - done);
        if (!ok || !readExactly(in, chunk.data(), n)) {
            ok = false;
            break;
        }
        done += n;
        const unsigned char tag =
            done == total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream, reinterpret_cast<unsigned char*>(cipher.data()), &clen,
            reinterpret_cast<const unsigned char*>(chunk.constData()), quint64(n), nullptr, 0, tag);
        ok = put(u32(quint32(clen))) && put(cipher.left(int(clen)));
    } while (ok && done < total);
    QByteArray signature(kSignature, Qt::Uninitialized);
    crypto_sign_final_create(&signer, reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(senderSecretKey.constData()));
    ok = ok && f.write(signature) == signature.size() && f.flush();
    if (ok)
        ::fsync(f.handle());
    f.close();
    if (!ok) {
        QFile::remove(out);
        return Status::failure(tr("it cannot be written: %1").arg(f.errorString()));
    }
    return Status::success();
}

Result<BundleEnvelope::Header> BundleEnvelope::readHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Header>::failure(tr("it cannot be opened"));
    const auto p = parse(f);
    if (!p)
        return Result<Header>::failure(p.error());
    return p->header;
}

Status BundleEnvelope::verify(const QString& path, const QByteArray& senderPublicKey)
{
    if (sodium_init() < 0 || senderPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Status::failure(tr("the sender's key is missing"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(tr("it cannot be opened"));
    const qint64 signedBytes = f.size() - kSignature;
    if (signedBytes <= kMagic.size())
        return Status::failure(tr("the file is damaged or truncated"));
    crypto_sign_state verifier;
    crypto_sign_init(&verifier);
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    for (qint64 done = 0; done < signedBytes;) {
        const qint64 n = qMin(kChunk, signedBytes - done);
        if (!readExactly(f, buffer.data(), n))
            return Status::failure(tr("the file is damaged or truncated"));
        crypto_sign_update(&verifier, reinterpret_cast<const unsigned char*>(buffer.constData()),
                           quint64(n));
        done += n;
    }
    QByteArray signature(kSignature, Qt::Uninitialized);
    if (!readExactly(f, signature.data(), kSignature) ||
        crypto_sign_final_verify(
            &verifier, reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(senderPublicKey.constData())) != 0)
        return Status::failure(tr("its signature does not hold: it was altered, truncated or "
                                  "signed by another key"));
    return Status::success();
}

Status BundleEnvelope::open(const QString& path, const QByteArray& recipientSecretKey,
                            const QString& plain)
{
    if (sodium_init() < 0 || recipientSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Status::failure(tr("this store's key is missing"));
    unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    const auto* edSecret = reinterpret_cast<const unsigned char*>(recipientSecretKey.constData());
    if (crypto_sign_ed25519_sk_to_curve25519(sk, edSecret) != 0 ||
        crypto_sign_ed25519_pk_to_curve25519(pk, edSecret + 32) != 0)
        return Status::failure(tr("this store's key is not a valid key"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(tr("it cannot be opened"));
    const auto parsed = parse(f);
    if (!parsed)
        return Status::failure(parsed.error());
    const qint64 end = f.size() - kSignature;
    QByteArray sealedKey(kSealedKey, Qt::Uninitialized);
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    const bool keyOk =
        readExactly(f, sealedKey.data(), kSealedKey) &&
        readExactly(f, streamHeader.data(), streamHeader.size()) &&
        crypto_box_seal_open(key, reinterpret_cast<const unsigned char*>(sealedKey.constData()),
                             quint64(kSealedKey), pk, sk) == 0;
    sodium_memzero(sk, sizeof sk);
    if (!keyOk)
        return Status::failure(tr("it cannot be decrypted with this store's key: it was made for "
                                  "another device"));
    crypto_secretstream_xchacha20poly1305_state stream;
    const bool streamOk =
        crypto_secretstream_xchacha20poly1305_init_pull(
            &stream, reinterpret_cast<const unsigned char*>(streamHeader.constData()), key) == 0;
    sodium_memzero(key, sizeof key);
    if (!streamOk)
        return Status::failure(tr("the file is damaged or truncated"));
    if (Status s = PrivateFile::create(plain); !s)
        return s;
    QFile o(plain);
    if (!o.open(QIODevice::WriteOnly))
        return Status::failure(o.errorString());
    QByteArray cipher, message(int(kChunk), Qt::Uninitialized);
    bool final = false;
    while (!final && f.pos() < end) {
        char len[4];
        if (!readExactly(f, len, 4))
            break;
        const quint32 clen = qFromBigEndian<quint32>(len);
        if (clen < crypto_secretstream_xchacha20poly1305_ABYTES ||
            clen > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES || f.pos() + clen > end)
            break;
        cipher.resize(int(clen));
        if (!readExactly(f, cipher.data(), clen))
            break;
        unsigned long long mlen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream, reinterpret_cast<unsigned char*>(message.data()), &mlen, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), clen, nullptr, 0) != 0)
            break;
        if (o.write(message.constData(), qint64(mlen)) != qint64(mlen))
            break;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    const bool complete = final && f.pos() == end && o.flush();
    o.close();
    if (!complete) {
        QFile::remove(plain);
        return Status::failure(tr("the file is damaged or truncated"));
    }
    return Status::success();
}

} // namespace ascolto
