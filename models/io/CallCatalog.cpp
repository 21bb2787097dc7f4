#include "CallCatalog.h"
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "domain/Iban.h"
#include "domain/PagoPaNotice.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QFile>

namespace ascolto {

namespace {
Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            CallCatalog::tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), f.errorString()));
    return f.readAll();
}

QString clientFile(const QString& dir, const QString& clientCode, const QString& name)
{
    if (dir.isEmpty() || clientCode.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(clientCode + QLatin1Char('/') + name);
    return QFile::exists(path) ? path : QString();
}
} // namespace

QString CallCatalog::normalisedLanguage(const QString& language)
{
    return language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("it");
}

QLocale CallCatalog::localeFor(const QString& language)
{
    return normalisedLanguage(language) == QLatin1String("en")
               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
               : QLocale(QLocale::Italian, QLocale::Italy);
}

Result<ScriptLibrary> CallCatalog::scripts(const QString& language, const QString& clientCode,
                                           const QString& overrideDir)
{
    const QString name = QStringLiteral("calls_%1.json").arg(normalisedLanguage(language));
    const QString builtIn = QStringLiteral(":/scripts/") + name;
    const auto data = readFile(builtIn);
    if (!data)
        return data.status();
    auto lib = ScriptLibrary::fromJson(data.value(), builtIn);
    if (!lib)
        return lib;
    const QString own = clientFile(overrideDir, clientCode, name);
    if (!own.isEmpty()) {
        const auto ownData = readFile(own);
        if (!ownData)
            return ownData.status();
        const auto ownLib = ScriptLibrary::fromJson(ownData.value(), QDir::toNativeSeparators(own));
        if (!ownLib)
            return ownLib.status();
        lib.value().overlay(ownLib.value());
    }
    return lib;
}

Result<QVector<MessageTemplate>> CallCatalog::templates(const QString& language,
                                                        const QString& clientCode,
                                                        const QString& overrideDir)
{
    const QString name = QStringLiteral("education_%1.json").arg(normalisedLanguage(language));
    const QString builtIn = QStringLiteral(":/messages/") + name;
    const auto data = readFile(builtIn);
    if (!data)
        return data.status();
    auto list = MessageTemplate::listFromJson(data.value(), builtIn);
    if (!list)
        return list;
    const QString own = clientFile(overrideDir, clientCode, name);
    if (own.isEmpty())
        return list;
    const auto ownData = readFile(own);
    if (!ownData)
        return ownData.status();
    const auto ownList =
        MessageTemplate::listFromJson(ownData.value(), QDir::toNativeSeparators(own));
    if (!ownList)
        return ownList;
    // The client's template replaces the built-in one with the same code and channel.
    QVector<MessageTemplate> merged = ownList.value();
    for (const MessageTemplate& t : list.value()) {
        const bool replaced = std::any_of(merged.begin(), merged.end(), [&t](const auto& o) {
            return o.code == t.code && o.channel == t.channel;
        });
        if (!replaced)
            merged.push_back(t);
    }
    return merged;
}

QHash<QString, QString> CallCatalog::values(const DebtorCard& card, const Context& c,
                                            const QString& language)
{
    const QLocale locale = localeFor(language);
    auto date = [&locale](const QDate& d) {
        return d.isValid() ? locale.toString(d, QStringLiteral("dd/MM/yyyy")) : QString();
    };
    const DebtorSummary& s = card.summary;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("debtor"), card.debtor.displayName);
    v.insert(QStringLiteral("operator"), c.operatorName);
    v.insert(QStringLiteral("client"), c.client.name);
    v.insert(QStringLiteral("client_phone"), c.client.supportPhone);
    v.insert(QStringLiteral("client_email"), c.client.supportEmail);
    v.insert(QStringLiteral("today"), date(c.today));
    v.insert(QStringLiteral("outstanding"), s.outstanding.format(locale));
    v.insert(QStringLiteral("overdue"), s.overdue.format(locale));
    v.insert(QStringLiteral("oldest_due"), date(s.oldestOverdueDue));
    v.insert(QStringLiteral("next_due"), date(s.nextDueDate));
    if (!c.client.iban.isEmpty())
        v.insert(QStringLiteral("iban"), Iban::formatted(c.client.iban));

    // Overdue bills first (oldest due first); otherwise the next one to fall due.
    QStringList numbers;
    const InvoiceRecord* noticeBill = nullptr;
    const InvoiceRecord* nextBill = nullptr;
    for (const InvoiceRecord& b : c.openBills) {
        if (b.dueDate < c.today) {
            numbers << b.number;
            if (!noticeBill && !b.pagopaNotice.isEmpty())
                noticeBill = &b;
        } else if (!nextBill || b.dueDate < nextBill->dueDate) {
            nextBill = &b;
        }
    }
    if (numbers.isEmpty() && nextBill)
        numbers << nextBill->number;
    if (numbers.size() > 5)
        numbers = numbers.mid(0, 5) << QStringLiteral("…");
    v.insert(QStringLiteral("bills"), numbers.join(QStringLiteral(", ")));
    if (!noticeBill && nextBill && !nextBill->pagopaNotice.isEmpty())
        noticeBill = nextBill;
    if (noticeBill)
        v.insert(QStringLiteral("notice"), PagoPaNotice::formatted(noticeBill->pagopaNotice));
    if (nextBill)
        v.insert(QStringLiteral("next_amount"), nextBill->outstanding().format(locale));

    for (const PromiseRecord& p : card.promises) // latest due first
        if (p.status == QLatin1String("open") || p.status == QLatin1String("broken")) {
            v.insert(QStringLiteral("promise_amount"), p.amount.format(locale));
            v.insert(QStringLiteral("promise_date"), date(p.dueDate));
            break;
        }
    for (const PlanRecord& p : card.plans) {
        if (p.status != QLatin1String("active"))
            continue;
        for (const InstallmentRecord& i : p.installments)
            if (i.status != QLatin1String("paid")) {
                v.insert(QStringLiteral("installment_amount"), (i.amount - i.paid).format(locale));
                v.insert(QStringLiteral("installment_due"), date(i.dueDate));
                break;
            }
        break;
    }
    return v;
}

Status CallCatalog::installClientFile(const QString& file, const QString& clientCode,
                                      const QString& overrideDir)
{
    static const QRegularExpression nameRe(QStringLiteral("^(calls|education)_(it|en)\\.json$"));
    const QFileInfo info(file);
    const auto match = nameRe.match(info.fileName());
    if (!match.hasMatch())
        return Status::failure(tr("%1: a client's file is named calls_it.json, calls_en.json, "
                                  "education_it.json or education_en.json")
                                   .arg(info.fileName()));
    QTemporaryDir staging;
    const QString stagedDir = staging.path() + QLatin1Char('/') + clientCode;
    if (!staging.isValid() || !QDir().mkpath(stagedDir) ||
        !QFile::copy(file, stagedDir + QLatin1Char('/') + info.fileName()))
        return Status::failure(tr("%1 cannot be read.").arg(file));
    const QString language = match.captured(2);
    const Status checked = match.captured(1) == QLatin1String("calls")
                               ? scripts(language, clientCode, staging.path()).status()
                               : templates(language, clientCode, staging.path()).status();
    if (!checked)
        return checked;
    const QString targetDir = overrideDir + QLatin1Char('/') + clientCode;
    const QString target = targetDir + QLatin1Char('/') + info.fileName();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 cannot be read.").arg(file));
    if (Status s = PrivateFile::write(target, in.readAll()); !s)
        return Status::failure(tr("%1 cannot be written: %2").arg(target, s.error()));
    return Status::success();
}

} // namespace ascolto
