#include "CsvImport.h"

#include "Csv.h"

#include "domain/AssignmentRule.h"
#include "domain/CodiceFiscale.h"
#include "domain/Iban.h"
#include "domain/Money.h"
#include "domain/PagoPaNotice.h"
#include "domain/PartitaIva.h"
#include "domain/PaymentAllocator.h"
#include "domain/PhoneNumber.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/Erasure.h"
#include "storage/Ids.h"
#include "storage/PaymentRepository.h"
#include "storage/PrivateFile.h"
#include "storage/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace ascolto::CsvImport {

namespace {

using BulkLoad::Statement;

// Rows between progress reports (and cancel checks).
constexpr int kProgressEvery = 4096;
// Above this many touched debtors, or this share of the store's debtors (1/n), the portfolio
// rows are refreshed in one pass: one debtor at a time costs about a millisecond each.
constexpr int kRefreshAllAbove = 2000;
constexpr int kRefreshAllShare = 10;
// Above this many new rows the planner's statistics are refreshed.
constexpr int kAnalyzeAbove = 1000;
// Files with at least this many lines, and more lines than the client has rows of their kind,
// load in bulk mode. Rebuilding the indexes then costs at most twice what the file adds.
constexpr qint64 kBulkRows = 2000;

// Ids of imported rows derive from the client's keys, so two offices importing the same
// file create the same rows and their bundles merge instead of colliding.
const QUuid kNamespace(QStringLiteral("{5b0e3c1e-2f4a-4f0e-9a55-6173636f6c74}"));

// A name-based (version 5) UUID as QUuid::createUuidV5 makes it, formatted without braces
// into a fixed buffer: one SHA-1 object reused instead of one per id (a million per bills file).
struct KeyId
{
    char text[36];
    std::string_view view() const { return {text, sizeof text}; }
};

KeyId keyIdOf(std::string_view scope, std::string_view key)
{
    static const QByteArray ns = kNamespace.toRfc4122();
    thread_local QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.reset();
    sha1.addData(ns);
    sha1.addData(QByteArrayView(scope.data(), qsizetype(scope.size())));
    sha1.addData(QByteArrayView("\x1f", 1));
    sha1.addData(QByteArrayView(key.data(), qsizetype(key.size())));
    const QByteArrayView digest = sha1.resultView();
    unsigned char b[16];
    std::memcpy(b, digest.data(), 16);
    b[6] = (b[6] & 0x0f) | 0x50; // version 5
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    KeyId id;
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            id.text[out++] = '-';
        id.text[out++] = hex[b[i] >> 4];
        id.text[out++] = hex[b[i] & 0x0f];
    }
    return id;
}

// The first line of each key of a file, to reject duplicates: open addressing over one arena
// of key bytes. A node-based map of a million short strings spent more on allocations and
// cache misses than all the other checks of a row.
class FirstLines
{
public:
    // The line the key was first seen on, or 0 when it is new (it is then kept with `line`,
    // which must be positive).
    int seen(std::string_view key, int line)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            rehash(m_used + 1);
        const quint32 hash = quint32(std::hash<std::string_view>{}(key));
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.line == 0) {
                slot = {m_arena.size(), hash, quint32(key.size()), line};
                m_arena.append(key);
                ++m_used;
                return 0;
            }
            if (slot.hash == hash && slot.size == key.size() &&
                std::string_view(m_arena).substr(slot.offset, slot.size) == key)
                return slot.line;
        }
    }

private:
    struct Slot
    {
        size_t offset = 0;
        quint32 hash = 0;
        quint32 size = 0;
        int line = 0; // 0: free
    };
    // At least twice as many slots as keys.
    void rehash(size_t keys)
    {
        size_t n = 1024;
        while (n < keys * 2)
            n <<= 1;
        if (n <= m_slots.size())
            return;
        std::vector<Slot> old(n);
        old.swap(m_slots);
        for (const Slot& slot : old) {
            if (slot.line == 0)
                continue;
            size_t i = slot.hash & (n - 1);
            while (m_slots[i].line != 0)
                i = (i + 1) & (n - 1);
            m_slots[i] = slot;
        }
    }
    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_used = 0;
};

QString keyId(const QString& scope, const QString& key)
{
    const QByteArray s = scope.toUtf8(), k = key.toUtf8();
    return QString::fromLatin1(keyIdOf(std::string_view(s.constData(), size_t(s.size())),
                                       std::string_view(k.constData(), size_t(k.size())))
                                   .view());
}

QString folded(const QString& text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(nfd.size());
    for (const QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    }
    return out.simplified();
}

struct FieldSpec
{
    const char* code;
    bool required;
    const char* hints; // '|'-separated folded header names, most specific first
};

const QVector<FieldSpec>& specs(Kind kind)
{
    static const QVector<FieldSpec> debtors = {
        {"customer_code", true,
         "codice cliente|cod cliente|codice utente|id cliente|customer code|customer id|codice"},
        {"kind", false, "tipo soggetto|tipo cliente|tipo|kind|type"},
        {"last_name", false, "cognome|last name|surname"},
        {"first_name", false, "nome|first name|given name"},
        {"company_name", false, "ragione sociale|denominazione|company name|company"},
        {"tax_code", false, "codice fiscale|cod fiscale|cf|tax code|fiscal code"},
        {"vat_number", false, "partita iva|p iva|piva|vat number|vat"},
        {"birth_date", false, "data di nascita|data nascita|birth date|date of birth"},
        {"language", false, "lingua|language"},
        {"address", false, "indirizzo di residenza|indirizzo|address"},
        {"postal_code", false, "cap|postal code|zip"},
        {"city", false, "comune|citta|localita|city|town"},
        {"province", false, "provincia|prov|province"},
        {"phone", false, "telefono|cellulare|tel|phone|mobile"},
        {"email", false, "e mail|email|mail"},
        {"pec", false, "pec"},
        {"iban", false, "iban|iban addebito"},
        {"service", false, "servizio|fornitura|service"},
        {"point_code", false, "pod pdr|pod|pdr|codice punto|matricola|point code|meter"},
        {"billing_frequency", false,
         "periodicita fatturazione|periodicita|frequenza|billing frequency|frequency"},
        {"supply_address", false, "indirizzo fornitura|supply address"},
    };
    static const QVector<FieldSpec> invoices = {
        {"number", true,
         "numero fattura|numero documento|n fattura|nr fattura|invoice number|fattura|numero|"
         "number"},
        {"customer_code", true,
         "codice cliente|cod cliente|codice utente|id cliente|customer code|customer id|codice"},
        {"issue_date", true,
         "data emissione|data fattura|data documento|emissione|issue date|invoice date"},
        {"due_date", true, "data scadenza|scadenza|due date|due"},
        {"amount", true, "importo totale|importo fattura|totale|importo|amount|total"},
        {"paid", false, "importo pagato|pagato|paid amount|paid"},
        {"pagopa_notice", false,
         "codice avviso|avviso pagopa|numero avviso|pagopa|notice number|notice"},
        {"delivery_channel", false, "canale invio|modalita invio|invio|recapito|delivery"},
        {"point_code", false, "pod pdr|pod|pdr|codice punto|point code"},
    };
    static const QVector<FieldSpec> payments = {
        {"reference", true,
         "riferimento|id transazione|identificativo|cro|trn|reference|transaction id"},
        {"customer_code", true,
         "codice cliente|cod cliente|codice utente|id cliente|customer code|customer id|codice"},
        {"amount", true, "importo pagato|importo|amount"},
        {"paid_on", true, "data pagamento|data valuta|data incasso|paid on|payment date|data|date"},
        {"channel", false, "canale|mezzo di pagamento|mezzo|channel|method"},
        {"invoice_number", false, "numero fattura|n fattura|fattura|invoice number|invoice"},
    };
    switch (kind) {
    case Kind::Debtors:
        return debtors;
    case Kind::Invoices:
        return invoices;
    case Kind::Payments:
        break;
    }
    return payments;
}

QString labelOf(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("customer_code"), QT_TRANSLATE_NOOP("CsvImport", "Customer code")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("CsvImport", "Person or company")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("CsvImport", "Surname")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("CsvImport", "Name")},
        {QStringLiteral("company_name"), QT_TRANSLATE_NOOP("CsvImport", "Company name")},
        {QStringLiteral("tax_code"), QT_TRANSLATE_NOOP("CsvImport", "Codice fiscale")},
        {QStringLiteral("vat_number"), QT_TRANSLATE_NOOP("CsvImport", "Partita IVA")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("CsvImport", "Date of birth")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("CsvImport", "Language")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("CsvImport", "Address")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("CsvImport", "Postal code")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("CsvImport", "City")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("CsvImport", "Province")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("CsvImport", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("CsvImport", "E-mail")},
        {QStringLiteral("pec"), QT_TRANSLATE_NOOP("CsvImport", "PEC")},
        {QStringLiteral("iban"), QT_TRANSLATE_NOOP("CsvImport", "IBAN (direct debit)")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("CsvImport", "Service")},
        {QStringLiteral("point_code"), QT_TRANSLATE_NOOP("CsvImport", "POD / PDR")},
        {QStringLiteral("billing_frequency"), QT_TRANSLATE_NOOP("CsvImport", "Billing frequency")},
        {QStringLiteral("supply_address"), QT_TRANSLATE_NOOP("CsvImport", "Supply address")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("CsvImport", "Bill number")},
        {QStringLiteral("issue_date"), QT_TRANSLATE_NOOP("CsvImport", "Issue date")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("CsvImport", "Due date")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("CsvImport", "Amount")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("CsvImport", "Amount paid")},
        {QStringLiteral("pagopa_notice"), QT_TRANSLATE_NOOP("CsvImport", "PagoPA notice code")},
        {QStringLiteral("delivery_channel"), QT_TRANSLATE_NOOP("CsvImport", "Sent by")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("CsvImport", "Payment reference")},
        {QStringLiteral("paid_on"), QT_TRANSLATE_NOOP("CsvImport", "Payment date")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("CsvImport", "Payment channel")},
        {QStringLiteral("invoice_number"), QT_TRANSLATE_NOOP("CsvImport", "Bill number paid")},
    };
    const char* label = labels.value(code);
    return label ? CsvImportText::tr(label) : code;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(std::string_view s)
{
    int v = 0;
    for (const char c : s)
        v = v * 10 + (c - '0');
    return v;
}

// Dates: dd/mm/yyyy (also with '-' or '.') or yyyy-mm-dd, as the mapping allows.
Result<QDate> parseDate(std::string_view raw, const QString& mode)
{
    const std::string_view s = trimmed(raw);
    auto bad = [&]() {
        return Result<QDate>::failure(
            mode == QLatin1String("iso")
                ? CsvImportText::tr("\"%1\" is not a date in the form yyyy-mm-dd").arg(qs(s))
            : mode == QLatin1String("dmy")
                ? CsvImportText::tr("\"%1\" is not a date in the form dd/mm/yyyy").arg(qs(s))
                : CsvImportText::tr("\"%1\" is not a date (dd/mm/yyyy or yyyy-mm-dd)").arg(qs(s)));
    };
    if (s.empty())
        return Result<QDate>::failure(CsvImportText::tr("the date is missing"));
    int y = 0, m = 0, d = 0;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && allDigits(s.substr(0, 4)) &&
        allDigits(s.substr(5, 2)) && allDigits(s.substr(8, 2))) {
        if (mode == QLatin1String("dmy"))
            return bad();
        y = digitsValue(s.substr(0, 4));
        m = digitsValue(s.substr(5, 2));
        d = digitsValue(s.substr(8, 2));
    } else {
        if (mode == QLatin1String("iso"))
            return bad();
        const size_t a = s.find_first_of("/-.");
        if (a == std::string_view::npos)
            return bad();
        const size_t b = s.find(s[a], a + 1);
        if (b == std::string_view::npos)
            return bad();
        const auto ds = s.substr(0, a), ms = s.substr(a + 1, b - a - 1), ys = s.substr(b + 1);
        if (!allDigits(ds) || !allDigits(ms) || !allDigits(ys) || ds.size() > 2 || ms.size() > 2 ||
            ys.size() != 4)
            return bad();
        d = digitsValue(ds);
        m = digitsValue(ms);
        y = digitsValue(ys);
    }
    if (!QDate::isValid(y, m, d))
        return Result<QDate>::failure(CsvImportText::tr("\"%1\" is an impossible date").arg(qs(s)));
    return QDate(y, m, d);
}

// yyyy-mm-dd into a fixed buffer: QDate::toString costs a formatted QString per call.
struct IsoDay
{
    char text[10];
    explicit IsoDay(const QDate& d)
    {
        int y = d.year(), m = d.month(), day = d.day();
        for (int i = 3; i >= 0; --i, y /= 10)
            text[i] = char('0' + y % 10);
        text[4] = text[7] = '-';
        text[5] = char('0' + m / 10);
        text[6] = char('0' + m % 10);
        text[8] = char('0' + day / 10);
        text[9] = char('0' + day % 10);
    }
};

// Amounts: a fast path for plain "1234,56" / "1234.56", Money::parse for everything else
// (thousands separators, euro sign). Negative amounts are refused.
Result<qint64> parseAmount(std::string_view raw, const QString& decimal)
{
    const std::string_view s = trimmed(raw);
    if (s.empty())
        return Result<qint64>::failure(CsvImportText::tr("the amount is missing"));
    const char wanted = decimal == QLatin1String("point")   ? '.'
                        : decimal == QLatin1String("comma") ? ','
                                                            : 0;
    if (wanted) {
        // An explicit decimal separator: "1,234" with a decimal comma is one euro and 234
        // thousandths, which no bill has: refused instead of read as thousands.
        const size_t w = s.rfind(wanted);
        if (w != std::string_view::npos) {
            size_t digits = 0;
            while (w + 1 + digits < s.size() && s[w + 1 + digits] >= '0' &&
                   s[w + 1 + digits] <= '9')
                ++digits;
            if (digits > 2)
                return Result<qint64>::failure(
                    CsvImportText::tr("%1 has more than two decimals").arg(qs(s)));
        }
    }
    const size_t sep = s.find_first_of(".,");
    if (sep == std::string_view::npos
            ? allDigits(s) && s.size() <= 15
            : (s.size() - sep - 1 == 1 || s.size() - sep - 1 == 2) && allDigits(s.substr(0, sep)) &&
                  sep <= 15 && allDigits(s.substr(sep + 1)) && (!wanted || s[sep] == wanted)) {
        if (sep == std::string_view::npos)
            return qint64(std::stoll(std::string(s))) * 100;
        qint64 cents = qint64(std::stoll(std::string(s.substr(0, sep)))) * 100;
        const auto frac = s.substr(sep + 1);
        cents += frac.size() == 1 ? (frac[0] - '0') * 10 : digitsValue(frac);
        return cents;
    }
    QString text = qs(s);
    if (wanted) {
        // An explicit decimal separator: the other one can only group thousands.
        const QChar other = wanted == '.' ? QLatin1Char(',') : QLatin1Char('.');
        text.remove(other);
        text.replace(QLatin1Char(wanted), QLatin1Char(','));
    }
    const auto money = Money::parse(text);
    if (!money)
        return Result<qint64>::failure(money.error());
    if (money->cents() < 0)
        return Result<qint64>::failure(CsvImportText::tr("the amount %1 is negative").arg(qs(s)));
    return money->cents();
}

QString code(const char* c)
{
    return QString::fromLatin1(c);
}

// Values utilities write for the coded columns, folded.
QString mapped(const QHash<QString, QString>& table, std::string_view raw)
{
    return table.value(folded(qs(raw)));
}

const QHash<QString, QString>& kindValues()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("person"), QStringLiteral("person")},
        {QStringLiteral("persona"), QStringLiteral("person")},
        {QStringLiteral("persona fisica"), QStringLiteral("person")},
        {QStringLiteral("pf"), QStringLiteral("person")},
        {QStringLiteral("f"), QStringLiteral("person")},
        {QStringLiteral("privato"), QStringLiteral("person")},
        {QStringLiteral("company"), QStringLiteral("company")},
        {QStringLiteral("azienda"), QStringLiteral("company")},
        {QStringLiteral("ditta"), QStringLiteral("company")},
        {QStringLiteral("societa"), QStringLiteral("company")},
        {QStringLiteral("persona giuridica"), QStringLiteral("company")},
        {QStringLiteral("pg"), QStringLiteral("company")},
        {QStringLiteral("g"), QStringLiteral("company")},
    };
    return m;
}

const QHash<QString, QString>& serviceValues()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("electricity"), QStringLiteral("electricity")},
        {QStringLiteral("luce"), QStringLiteral("electricity")},
        {QStringLiteral("energia"), QStringLiteral("electricity")},
        {QStringLiteral("energia elettrica"), QStringLiteral("electricity")},
        {QStringLiteral("elettricita"), QStringLiteral("electricity")},
        {QStringLiteral("ee"), QStringLiteral("electricity")},
        {QStringLiteral("gas"), QStringLiteral("gas")},
        {QStringLiteral("gas naturale"), QStringLiteral("gas")},
        {QStringLiteral("water"), QStringLiteral("water")},
        {QStringLiteral("acqua"), QStringLiteral("water")},
        {QStringLiteral("idrico"), QStringLiteral("water")},
        {QStringLiteral("servizio idrico"), QStringLiteral("water")},
    };
    return m;
}

const QHash<QString, QString>& frequencyValues()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("monthly"), QStringLiteral("monthly")},
        {QStringLiteral("mensile"), QStringLiteral("monthly")},
        {QStringLiteral("bimonthly"), QStringLiteral("bimonthly")},
        {QStringLiteral("bimestrale"), QStringLiteral("bimonthly")},
        {QStringLiteral("quarterly"), QStringLiteral("quarterly")},
        {QStringLiteral("trimestrale"), QStringLiteral("quarterly")},
        {QStringLiteral("halfyearly"), QStringLiteral("halfyearly")},
        {QStringLiteral("semestrale"), QStringLiteral("halfyearly")},
        {QStringLiteral("yearly"), QStringLiteral("yearly")},
        {QStringLiteral("annuale"), QStringLiteral("yearly")},
    };
    return m;
}

const QHash<QString, QString>& deliveryValues()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("post"), QStringLiteral("post")},
        {QStringLiteral("posta"), QStringLiteral("post")},
        {QStringLiteral("cartaceo"), QStringLiteral("post")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("e mail"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("pec"), QStringLiteral("pec")},
        {QStringLiteral("app"), QStringLiteral("app")},
    };
    return m;
}

const QHash<QString, QString>& channelValues()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("pagopa"), QStringLiteral("pagopa")},
        {QStringLiteral("pago pa"), QStringLiteral("pagopa")},
        {QStringLiteral("bank transfer"), QStringLiteral("bank_transfer")},
        {QStringLiteral("bank_transfer"), QStringLiteral("bank_transfer")},
        {QStringLiteral("bonifico"), QStringLiteral("bank_transfer")},
        {QStringLiteral("online"), QStringLiteral("online")},
        {QStringLiteral("carta"), QStringLiteral("online")},
        {QStringLiteral("postal slip"), QStringLiteral("postal_slip")},
        {QStringLiteral("bollettino"), QStringLiteral("postal_slip")},
        {QStringLiteral("bollettino postale"), QStringLiteral("postal_slip")},
        {QStringLiteral("direct debit"), QStringLiteral("direct_debit")},
        {QStringLiteral("rid"), QStringLiteral("direct_debit")},
        {QStringLiteral("sdd"), QStringLiteral("direct_debit")},
        {QStringLiteral("domiciliazione"), QStringLiteral("direct_debit")},
        {QStringLiteral("addebito"), QStringLiteral("direct_debit")},
        {QStringLiteral("cash"), QStringLiteral("cash")},
        {QStringLiteral("contanti"), QStringLiteral("cash")},
    };
    return m;
}

// What saving a row did, from an upsert ... RETURNING version.
enum class Upserted
{
    Inserted,
    Updated,
    Unchanged,
    Failed
};

Upserted stepUpsert(sqlite3_stmt* st)
{
    const int rc = sqlite3_step(st);
    Upserted result = Upserted::Failed;
    if (rc == SQLITE_ROW) {
        result = sqlite3_column_int64(st, 0) == 1 ? Upserted::Inserted : Upserted::Updated;
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
    } else if (rc == SQLITE_DONE) {
        result = Upserted::Unchanged;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return result;
}

void bindText(sqlite3_stmt* st, int i, std::string_view v)
{
    if (v.empty())
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

void bindText(sqlite3_stmt* st, int i, const QString& v)
{
    const QByteArray b = v.toUtf8();
    bindText(st, i, std::string_view(b.constData(), size_t(b.size())));
}

// A prepared statement owned for the import's duration.
struct Stmt
{
    sqlite3_stmt* p = nullptr;
    Stmt() = default;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt() { sqlite3_finalize(p); }
    bool prepare(sqlite3* h, const char* sql)
    {
        sqlite3_finalize(p);
        p = nullptr;
        return sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, &p, nullptr) == SQLITE_OK;
    }
    void done()
    {
        sqlite3_reset(p);
        sqlite3_clear_bindings(p);
    }
};

// The INSERT of a prepared upsert without its ON CONFLICT clause: for keys new to the store.
QByteArray plainInsert(const Stmt& upsert)
{
    const QByteArray sql(sqlite3_sql(upsert.p));
    return sql.left(sql.indexOf(" ON CONFLICT"));
}

// One row's values in parameter order, bound to an upsert or gathered into a batch of
// plain inserts (bulk mode, keys new to the store). Empty text is NULL, as in bindText.
struct Row
{
    sqlite3_stmt* statement = nullptr;
    BulkLoad::BatchInsert* batch = nullptr;
    int next = 1;
    Row& text(std::string_view v)
    {
        if (batch)
            batch->optText(v);
        else
            bindText(statement, next++, v);
        return *this;
    }
    Row& text(const QString& v)
    {
        const QByteArray b = v.toUtf8();
        return text(std::string_view(b.constData(), size_t(b.size())));
    }
    Row& integer(qint64 v)
    {
        if (batch)
            batch->integer(v);
        else
            sqlite3_bind_int64(statement, next++, v);
        return *this;
    }
    Row& null()
    {
        if (batch)
            batch->null();
        else
            sqlite3_bind_null(statement, next++);
        return *this;
    }
};

class Importer
{
public:
    Importer(Database& db, const Session& session, const Clock& clock, const Options& options)
        : m_db(db)
        , m_h(db.handle())
        , m_session(session)
        , m_clock(clock)
        , m_opt(options)
        , m_device(db.deviceId().toStdString())
        , m_now(isoUtc(clock.nowUtc()).toStdString())
        , m_today(clock.today())
    {}

    Result<Summary> run(const QString& path);

private:
    // The file's column of a field, -1 when unmapped (a few fields: no hashing, no QString).
    int column(const char* field) const
    {
        for (const auto& [name, col] : m_columns) {
            if (std::strcmp(name, field) == 0)
                return col;
        }
        return -1;
    }
    std::string_view value(const char* field) const
    {
        const int col = column(field);
        if (col < 0 || col >= int(m_fields->size()))
            return {};
        return trimmed((*m_fields)[size_t(col)]);
    }
    bool mappedField(const char* field) const { return column(field) >= 0; }
    // The file's own name of a field's column ("Codice Fiscale"), for the report.
    QString columnName(const char* field) const
    {
        const int col = column(field);
        return col >= 0 && col < m_header.size() ? m_header.at(col) : labelOf(QLatin1String(field));
    }
    void reject(const char* field, std::string_view value, const QString& reason)
    {
        m_rejections.push_back({m_line, QLatin1String(field), columnName(field), qs(value), reason,
                                Rejection::Severity::Error});
        m_rowRejected = true;
    }
    // A bad optional value: left out, the row goes in.
    void warn(const char* field, std::string_view value, const QString& reason)
    {
        m_rejections.push_back({m_line, QLatin1String(field), columnName(field), qs(value), reason,
                                Rejection::Severity::Warning});
        ++m_warnings;
    }
    // Control characters (NUL, escape...) never belong in a client's data; line breaks inside
    // quoted fields do. Rejects the row, naming the first column holding one.
    void rejectControlCharacters();
    Status sqlError(const QString& what) const
    {
        return Status::failure(CsvImportText::tr("line %1: %2: %3")
                                   .arg(m_line)
                                   .arg(what, QString::fromUtf8(sqlite3_errmsg(m_h))));
    }
    // The debtor of the row's customer code (rejecting the row when there is none). Rows of
    // one customer usually come together: the previous row's customer is checked first.
    // (translate() with the context spelled out: lupdate files the strings of this
    // in-class function under the wrong context.)
    const std::string* debtorOfRow()
    {
        const std::string_view customer = value("customer_code");
        if (customer.empty()) {
            reject("customer_code", customer,
                   QCoreApplication::translate("CsvImport", "the customer code is missing"));
            return nullptr;
        }
        if (customer != m_lastCustomer) {
            m_lastCustomer = customer;
            const auto it = m_debtorByCode.find(m_lastCustomer);
            m_lastDebtor = it == m_debtorByCode.end() ? nullptr : &it->second;
        }
        if (!m_lastDebtor)
            reject("customer_code", customer,
                   QCoreApplication::translate("CsvImport",
                                               "no debtor of this client has this customer code "
                                               "(import the debtors first)"));
        return m_lastDebtor;
    }
    // Duplicate key in the same file: true (and the row rejected) when seen before.
    bool duplicate(const char* field, std::string_view key)
    {
        const int first = m_seen.seen(key, m_line);
        if (first == 0)
            return false;
        reject(field, key, CsvImportText::tr("duplicate of line %1 in the same file").arg(first));
        return true;
    }
    void count(Upserted u)
    {
        if (u == Upserted::Inserted)
            ++m_inserted;
        else if (u == Upserted::Updated)
            ++m_updated;
        else if (u == Upserted::Unchanged)
            ++m_unchanged;
    }
    // The values every row ends with: the device and the time of the import.
    void common(Row& row) { row.text(m_device).text(m_now); }

    Status prepare();
    // The client's assignment rule for the debtors of the client still waiting.
    Status assignNewDebtors(Summary& summary);
    // Bulk mode: each new debtor gets its interlocutor as it is inserted, dealt by the
    // client's rule in the file's order, with its assignment row.
    Status prepareDealing();
    // The operator given to a new debtor (-1: none, the client has no operator), bound into
    // its row; then its assignment row once the debtor's row is saved.
    int deal(Row& row, const QString& id, const QString& province);
    Status recordDealt(const QString& debtorId, int op);
    Status debtorRow();
    Status invoiceRow();
    Status paymentRow();
    Status finish();
    Status writeReport(Summary& summary) const;
    void release();

    Database& m_db;
    sqlite3* m_h;
    const Session& m_session;
    const Clock& m_clock;
    Options m_opt;
    std::string m_device;
    std::string m_now;
    // The import's day, read once: the local date costs a time-zone conversion per call
    // (8% of a debtors file's rows when read per row).
    QDate m_today;
    std::string m_client;
    std::vector<std::pair<const char*, int>> m_columns; // field code, file column
    const std::vector<std::string>* m_fields = nullptr;
    int m_line = 0;
    int m_warnings = 0;
    qint64 m_logStart = 0; // last change-log entry before this import
    std::string m_fingerprint;
    QStringList m_header;
    bool m_rowRejected = false;
    QVector<Rejection> m_rejections;
    FirstLines m_seen;
    std::unordered_map<std::string, std::string> m_debtorByCode;
    std::string m_lastCustomer;                 // debtorOfRow()'s shortcut
    const std::string* m_lastDebtor = nullptr;  // (values of m_debtorByCode stay put)
    const std::string* m_lastTouched = nullptr; // last debtor added to m_touched
    std::unordered_set<std::string> m_touched;  // ids of debtors already in the store
    std::unordered_set<std::string> m_added;    // ids of debtors new to the store
    int m_inserted = 0, m_updated = 0, m_unchanged = 0;

    // Bulk mode (a large file of mostly new rows): plain inserts for unknown keys, the
    // secondary indexes and the insert triggers of the change log dropped inside the
    // transaction; new rows logged in one statement per table and indexes rebuilt at the end.
    // Reads the client's keys (keysSql, the client bound), then starts bulk mode on the tables
    // when the file is large enough.
    Status bulkWhenLarge(const char* keysSql, const QStringList& tables);
    Status endBulk();
    // The row to bind: a plain insert (bulk mode, key new to the store) into `batch`, else
    // the upsert.
    Row rowFor(bool fresh, BulkLoad::BatchInsert& batch, Stmt& upsert)
    {
        return fresh ? Row{nullptr, &batch} : Row{upsert.p, nullptr};
    }
    Upserted save(const Row& row);
    // Writes the rows gathered in batches.
    Status flushBatches();
    bool m_bulk = false;
    qint64 m_estimatedRows = 0;
    QVector<QPair<QString, qint64>> m_rowidsBefore; // table, largest rowid before the import
    std::unordered_set<quint64> m_existingKeys;     // hashes of the client's keys in the store
    bool known(std::string_view key) const
    {
        return m_existingKeys.count(qHash(QByteArrayView(key.data(), qsizetype(key.size())))) > 0;
    }
    QStringList m_droppedIndexes;
    QStringList m_droppedTriggers;
    BulkLoad::BatchInsert m_insert, m_contactInsert, m_supplyInsert, m_assignmentInsert;
    std::optional<AssignmentRule::Dealer> m_dealer;
    AssignmentRepository::Pool m_pool;
    std::vector<std::string> m_operatorIds; // of m_pool.operators
    std::string m_reason, m_assignedBy, m_todayText;

    Stmt m_upsert, m_contact, m_supply, m_supplyByPoint, m_findPayment, m_invoiceByNumber,
        m_openInvoices;
};

// Upsert whose update only happens when a mapped value differs, so that re-importing the
// same file changes nothing. RETURNING version tells new (1) from updated (>1) rows.
// `alsoInsert`: columns a new row also gets, with their expressions over the parameters.
QByteArray upsertSql(const char* table, const QString& conflict, const QStringList& always,
                     const QStringList& optional, const QHash<QString, QString>& insertExpr,
                     const QList<QPair<QString, QString>>& alsoInsert = {})
{
    QStringList cols = QStringList{QStringLiteral("id")} + always + optional;
    QStringList values;
    for (int i = 0; i < cols.size(); ++i)
        values << insertExpr.value(cols.at(i), QStringLiteral("?%1").arg(i + 1));
    const int n = int(cols.size());
    for (const auto& [column, expr] : alsoInsert) {
        cols << column;
        values << expr;
    }
    cols << QStringLiteral("version") << QStringLiteral("device_id")
         << QStringLiteral("updated_at");
    values << QStringLiteral("1") << QStringLiteral("?%1").arg(n + 1)
           << QStringLiteral("?%1").arg(n + 2);
    QStringList sets, changed;
    const QString t = QString::fromLatin1(table);
    for (const QString& c : always) {
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("%1.%2 IS NOT excluded.%2").arg(t, c);
    }
    for (const QString& c : optional) {
        // An empty cell keeps what the store has.
        sets << QStringLiteral("%1 = coalesce(excluded.%1, %2.%1)").arg(c, t);
        changed
            << QStringLiteral("(excluded.%2 IS NOT NULL AND %1.%2 IS NOT excluded.%2)").arg(t, c);
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO UPDATE SET %5, "
                          "version = %1.version + 1, device_id = excluded.device_id, "
                          "updated_at = excluded.updated_at WHERE %6 RETURNING version")
        .arg(t, cols.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), conflict,
             sets.join(QStringLiteral(", ")), changed.join(QStringLiteral(" OR ")))
        .toUtf8();
}

} // namespace

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Debtors:
        return QStringLiteral("debtors");
    case Kind::Invoices:
        return QStringLiteral("invoices");
    case Kind::Payments:
        break;
    }
    return QStringLiteral("payments");
}

Result<Kind> kindFromCode(const QString& c)
{
    for (Kind k : {Kind::Debtors, Kind::Invoices, Kind::Payments}) {
        if (kindCode(k) == c)
            return k;
    }
    return Result<Kind>::failure(
        CsvImportText::tr("\"%1\" is not a kind of file: use debtors, invoices or payments")
            .arg(c));
}

QString policyCode(Policy policy)
{
    return policy == Policy::AllOrNothing ? QStringLiteral("all-or-nothing")
                                          : QStringLiteral("valid-rows");
}

Result<Policy> policyFromCode(const QString& c)
{
    if (c == QLatin1String("all-or-nothing"))
        return Policy::AllOrNothing;
    if (c == QLatin1String("valid-rows"))
        return Policy::ValidRows;
    return Result<Policy>::failure(
        CsvImportText::tr("\"%1\" is not a policy: use all-or-nothing or valid-rows").arg(c));
}

QString fieldLabel(const QString& code)
{
    return labelOf(code);
}

QVector<Field> fields(Kind kind)
{
    QVector<Field> out;
    for (const FieldSpec& s : specs(kind))
        out.push_back({code(s.code), labelOf(code(s.code)), s.required});
    return out;
}

Mapping Mapping::guess(Kind kind, const QStringList& header)
{
    // A hint matches a header when every word of the hint is a word of the header, in any
    // order and among other words ("Codice Avviso PagoPA" matches "avviso pagopa"). The
    // pairs are taken best first: more hint words, then an exact match, then the hint's own
    // rank, so "codice fiscale" is not taken by "codice" nor "data scadenza" by "data".
    struct Candidate
    {
        int score;
        int field;
        int column;
    };
    QVector<QStringList> headerWords;
    QVector<QString> foldedHeader;
    for (const QString& h : header) {
        foldedHeader << folded(h);
        headerWords << foldedHeader.back().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const QVector<FieldSpec>& fieldSpecs = specs(kind);
    QVector<Candidate> candidates;
    for (int f = 0; f < fieldSpecs.size(); ++f) {
        const QStringList hints =
            QString::fromLatin1(fieldSpecs.at(f).hints).split(QLatin1Char('|'));
        for (int c = 0; c < header.size(); ++c) {
            int best = -1;
            for (int rank = 0; rank < hints.size(); ++rank) {
                const QStringList words = hints.at(rank).split(QLatin1Char(' '));
                bool all = true;
                for (const QString& w : words)
                    all = all && headerWords.at(c).contains(w);
                if (!all)
                    continue;
                const bool exact = foldedHeader.at(c) == hints.at(rank);
                const int score = int(words.size()) * 1000 + (exact ? 500 : 0) - rank * 10 -
                                  int(headerWords.at(c).size() - words.size());
                best = std::max(best, score);
            }
            if (best >= 0)
                candidates.push_back({best, f, c});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    Mapping m;
    m.kind = kind;
    QSet<int> taken;
    for (const Candidate& c : candidates) {
        const QString field = code(fieldSpecs.at(c.field).code);
        if (m.columns.contains(field) || taken.contains(c.column))
            continue;
        m.columns.insert(field, header.at(c.column));
        taken.insert(c.column);
    }
    return m;
}

QStringList Mapping::unmapped(const QStringList& header) const
{
    QSet<QString> used;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if (!it.value().isEmpty())
            used.insert(folded(it.value()));
    QStringList out;
    for (const QString& h : header)
        if (!used.contains(folded(h)))
            out << (h.isEmpty() ? CsvImportText::tr("(column without a name)") : h);
    return out;
}

Result<Mapping> Mapping::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result<Mapping>::failure(
            CsvImportText::tr("%1: not a mapping file (JSON object expected): %2")
                .arg(sourceName,
                     error.error == QJsonParseError::NoError ? QString() : error.errorString()));
    const QJsonObject o = doc.object();
    Mapping m;
    if (o.contains(QLatin1String("kind"))) {
        const auto kind = kindFromCode(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return Result<Mapping>::failure(sourceName + QStringLiteral(": ") + kind.error());
        m.kind = kind.value();
    }
    const QJsonObject cols = o.value(QLatin1String("columns")).toObject();
    QStringList known;
    for (const FieldSpec& s : specs(m.kind))
        known << code(s.code);
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        if (!known.contains(it.key()))
            return Result<Mapping>::failure(
                CsvImportText::tr("%1: \"%2\" is not a field of %3 files (fields: %4)")
                    .arg(sourceName, it.key(), kindCode(m.kind), known.join(QStringLiteral(", "))));
        m.columns.insert(it.key(), it.value().toString());
    }
    m.decimal = o.value(QLatin1String("decimal")).toString(QStringLiteral("auto"));
    m.dates = o.value(QLatin1String("dates")).toString(QStringLiteral("auto"));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("comma"), QStringLiteral("point")}
             .contains(m.decimal))
        return Result<Mapping>::failure(
            CsvImportText::tr("%1: decimal must be auto, comma or point").arg(sourceName));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("dmy"), QStringLiteral("iso")}.contains(
            m.dates))
        return Result<Mapping>::failure(
            CsvImportText::tr("%1: dates must be auto, dmy or iso").arg(sourceName));
    return m;
}

QByteArray Mapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        cols.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("kind"), kindCode(kind)},
                        {QStringLiteral("columns"), cols},
                        {QStringLiteral("decimal"), decimal},
                        {QStringLiteral("dates"), dates}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QHash<QString, int>> Mapping::resolve(const QStringList& header) const
{
    QHash<QString, int> out;
    QVector<QString> foldedHeader;
    for (const QString& h : header)
        foldedHeader << folded(h);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const int col = int(foldedHeader.indexOf(folded(it.value())));
        if (col < 0)
            return Result<QHash<QString, int>>::failure(
                CsvImportText::tr("the column \"%1\" (for %2) is not in the file's header")
                    .arg(it.value(), labelOf(it.key())));
        if (const int again = int(foldedHeader.indexOf(folded(it.value()), col + 1)); again >= 0)
            return Result<QHash<QString, int>>::failure(
                CsvImportText::tr("the header \"%1\" appears twice (columns %2 and %3): rename "
                                  "one so that %4 is not read from the wrong column")
                    .arg(it.value())
                    .arg(col + 1)
                    .arg(again + 1)
                    .arg(labelOf(it.key())));
        out.insert(it.key(), col);
    }
    QStringList missing;
    for (const FieldSpec& s : specs(kind)) {
        if (s.required && !out.contains(code(s.code)))
            missing << labelOf(code(s.code));
    }
    if (!missing.isEmpty())
        return Result<QHash<QString, int>>::failure(CsvImportText::tr("no column is mapped to: %1")
                                                        .arg(missing.join(QStringLiteral(", "))));
    return out;
}

Result<Preview> preview(const QString& path, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Preview>::failure(
            CsvImportText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    // A preview reads the beginning only; a record cut at the end is dropped.
    QByteArray head = file.read(256 * 1024);
    const bool whole = file.atEnd();
    if (!whole) {
        // Cut at a line end before decoding: a character split by the cut is not a fault.
        const qsizetype lastBreak = head.lastIndexOf('\n');
        if (lastBreak > 0)
            head.truncate(lastBreak + 1);
    }
    Preview p;
    const auto decoded = Csv::checkedUtf8(head, &p.encoding);
    if (!decoded)
        return Result<Preview>::failure(QStringLiteral("%1: %2").arg(path, decoded.error()));
    const QByteArray text = decoded.value();
    const qsizetype firstBreak = text.indexOf('\n');
    p.separator =
        Csv::detectSeparator(QString::fromUtf8(firstBreak < 0 ? text : text.left(firstBreak)));
    Csv::Reader reader(text, char(p.separator.unicode()));
    std::vector<std::string> fields;
    int line = 0;
    if (!reader.next(fields, &line)) {
        if (!reader.error().isEmpty() && whole)
            return Result<Preview>::failure(path + QStringLiteral(": ") + reader.error());
        if (reader.error().isEmpty())
            return Result<Preview>::failure(CsvImportText::tr("%1: the file is empty").arg(path));
    }
    for (const std::string& f : fields)
        p.header << qs(f).trimmed();
    while (p.rows.size() < maxRows && reader.next(fields, &line)) {
        QStringList row;
        for (const std::string& f : fields)
            row << qs(f);
        p.rows.push_back(row);
    }
    return p;
}

Mapping savedMapping(Database& db, const QString& clientId, Kind kind)
{
    Mapping m;
    m.kind = kind;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "SELECT mapping FROM import_mapping WHERE client_id = ? AND kind = ?",
                           -1, &st, nullptr) != SQLITE_OK)
        return m;
    bindText(st, 1, clientId);
    bindText(st, 2, kindCode(kind));
    if (sqlite3_step(st) == SQLITE_ROW) {
        const QByteArray json(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        if (auto parsed = Mapping::fromJson(json, QStringLiteral("import_mapping")))
            m = parsed.value();
        m.kind = kind;
    }
    sqlite3_finalize(st);
    return m;
}

Status saveMapping(Database& db, const QString& clientId, const Mapping& mapping,
                   const Clock& clock)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "INSERT INTO import_mapping(client_id, kind, mapping, updated_at) "
                           "VALUES(?, ?, ?, ?) ON CONFLICT(client_id, kind) DO UPDATE SET "
                           "mapping = excluded.mapping, updated_at = excluded.updated_at",
                           -1, &st, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    bindText(st, 1, clientId);
    bindText(st, 2, kindCode(mapping.kind));
    bindText(st, 3, QString::fromUtf8(mapping.toJson()));
    bindText(st, 4, isoUtc(clock.nowUtc()));
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Status::failure(CsvImportText::tr("Saving the column mapping: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    return Status::success();
}

QString Summary::text() const
{
    QString s =
        CsvImportText::tr("%1: %n row(s) read", nullptr, rows).arg(QFileInfo(file).fileName());
    s += CsvImportText::tr("; %1 new, %2 updated, %3 unchanged, %4 rejected")
             .arg(inserted)
             .arg(updated)
             .arg(unchanged)
             .arg(rejectedRows);
    if (warnings > 0)
        s += CsvImportText::tr("; %n optional value(s) left out with a warning", nullptr, warnings);
    if (!committed)
        s += CsvImportText::tr(". Nothing was imported: the policy is all-or-nothing and rows were "
                               "rejected");
    if (!unmappedColumns.isEmpty())
        s += CsvImportText::tr(". Columns not imported (no field is mapped to them): %1")
                 .arg(unmappedColumns.join(QStringLiteral(", ")));
    if (committed && !assignment.isEmpty())
        s += QStringLiteral(". ") + assignment;
    if (alreadyImportedAt.isValid())
        s += CsvImportText::tr(". This file was imported whole with the same columns on %1: "
                               "nothing to do")
                 .arg(QLocale().toString(alreadyImportedAt.toLocalTime(), QLocale::ShortFormat));
    if (!reportPath.isEmpty())
        s += CsvImportText::tr(". Report: %1").arg(reportPath);
    return s + QLatin1Char('.');
}

namespace {

void Importer::release()
{
    for (BulkLoad::BatchInsert* b :
         {&m_insert, &m_contactInsert, &m_supplyInsert, &m_assignmentInsert})
        b->finalize();
    for (Stmt* s : {&m_upsert, &m_contact, &m_supply, &m_supplyByPoint, &m_findPayment,
                    &m_invoiceByNumber, &m_openInvoices}) {
        sqlite3_finalize(s->p);
        s->p = nullptr;
    }
}

Result<Summary> Importer::run(const QString& path)
{
    using R = Result<Summary>;
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    summary.file = path;
    {
        Stmt st;
        st.prepare(m_h, "SELECT id FROM client WHERE id = ?");
        bindText(st.p, 1, m_opt.clientId);
        if (sqlite3_step(st.p) != SQLITE_ROW)
            return R::failure(CsvImportText::tr("The client of the import is not in this store."));
    }
    m_client = m_opt.clientId.toStdString();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            CsvImportText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const auto decoded = Csv::checkedUtf8(file.readAll(), &summary.encoding);
    file.close();
    if (!decoded)
        return R::failure(QStringLiteral("%1: %2").arg(path, decoded.error()));
    const QByteArray& text = decoded.value();
    const qsizetype firstBreak = text.indexOf('\n');
    summary.separator =
        Csv::detectSeparator(QString::fromUtf8(firstBreak < 0 ? text : text.left(firstBreak)));
    Csv::Reader reader(text, char(summary.separator.unicode()));
    m_estimatedRows = text.count('\n');
    std::vector<std::string> fields;
    int line = 0;
    if (!reader.next(fields, &line))
        return R::failure(reader.error().isEmpty()
                              ? CsvImportText::tr("%1: the file is empty").arg(path)
                              : QStringLiteral("%1: %2").arg(path, reader.error()));
    QStringList header;
    for (const std::string& f : fields)
        header << qs(f).trimmed();
    Mapping mapping = m_opt.mapping;
    mapping.kind = m_opt.kind;
    if (mapping.columns.isEmpty())
        mapping = savedMapping(m_db, m_opt.clientId, m_opt.kind);
    if (mapping.columns.isEmpty()) {
        const QString decimal = m_opt.mapping.decimal, dates = m_opt.mapping.dates;
        mapping = Mapping::guess(m_opt.kind, header);
        mapping.decimal = decimal;
        mapping.dates = dates;
    }
    m_opt.mapping = mapping;
    const auto columns = mapping.resolve(header);
    if (!columns)
        return R::failure(QStringLiteral("%1: %2").arg(path, columns.error()));
    m_header = header;
    summary.unmappedColumns = mapping.unmapped(header);
    if (m_opt.kind == Kind::Debtors && !columns->contains(QStringLiteral("tax_code")) &&
        !columns->contains(QStringLiteral("vat_number"))) {
        m_rejections.push_back(
            {1, QString(), QString(), QString(),
             CsvImportText::tr("the file has no codice fiscale or partita IVA column: debtors are "
                               "imported by their customer code; ask the client for the tax codes "
                               "before any formal step"),
             Rejection::Severity::Warning});
        ++m_warnings;
    }
    for (const FieldSpec& spec : specs(m_opt.kind)) {
        if (const int col = columns->value(QLatin1String(spec.code), -1); col >= 0)
            m_columns.emplace_back(spec.code, col);
    }

    // The same text with the same columns, imported whole before: nothing can change.
    // BLAKE2b: a million bills (71 MB) hash in 94 ms against SHA-256's 389 ms.
    QCryptographicHash fingerprint(QCryptographicHash::Blake2b_256);
    fingerprint.addData(text);
    fingerprint.addData(QByteArrayView("\0", 1));
    fingerprint.addData(mapping.toJson());
    m_fingerprint = fingerprint.result().toHex().toStdString();
    {
        Stmt seen;
        seen.prepare(m_h, "SELECT imported_at FROM import_log WHERE client_id = ? AND kind = ? "
                          "AND fingerprint = ?");
        sqlite3_bind_text(seen.p, 1, m_client.data(), int(m_client.size()), SQLITE_STATIC);
        bindText(seen.p, 2, kindCode(m_opt.kind));
        sqlite3_bind_text(seen.p, 3, m_fingerprint.data(), int(m_fingerprint.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(seen.p) == SQLITE_ROW) {
            summary.alreadyImportedAt = QDateTime::fromString(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(seen.p, 0))),
                Qt::ISODate);
            int rows = 0;
            while (reader.next(fields, &line))
                ++rows;
            summary.rows = summary.unchanged = rows;
            summary.committed = true;
            summary.elapsedMs = timer.elapsed();
            return summary;
        }
    }

    // A large page cache keeps the transaction's pages in memory instead of spilling them
    // to the WAL file page by page; the default comes back when the import ends.
    const QString defaultCache = QStringLiteral("PRAGMA cache_size = -32768");
    m_db.execScript(QStringLiteral("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY"));
    // Another import, a sync or a long refresh may hold the write lock: wait for it (each try
    // waits the busy timeout) instead of failing with "database is locked".
    for (QElapsedTimer waited;;) {
        const Status s = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE"));
        if (s)
            break;
        const bool busy = s.error().contains(QLatin1String("locked")) ||
                          s.error().contains(QLatin1String("busy"));
        if (!waited.isValid()) {
            waited.start();
            if (busy && m_opt.waiting)
                m_opt.waiting(CsvImportText::tr("Another program is writing to the store (an "
                                                "import, a sync or the daily refresh); the "
                                                "import waits for it to finish."));
        }
        if (!busy || waited.elapsed() > m_opt.waitLimitMs ||
            (m_opt.progress && !m_opt.progress(0, 1))) {
            m_db.execScript(defaultCache);
            return R::failure(busy ? CsvImportText::tr("The store stayed busy for %n minute(s); "
                                                       "nothing was imported. Try again later.",
                                                       nullptr, int(waited.elapsed() / 60000))
                                   : s.error());
        }
    }
    auto rollback = [&](const QString& why) {
        release();
        m_db.execScript(QStringLiteral("ROLLBACK"));
        m_db.execScript(defaultCache);
        return R::failure(why);
    };
    m_logStart = ChangeLog::lastSequence(m_db);
    if (Status s = prepare(); !s)
        return rollback(s.error());

    m_fields = &fields;
    int rows = 0;
    while (reader.next(fields, &line)) {
        ++rows;
        m_line = line;
        m_rowRejected = false;
        rejectControlCharacters();
        Status s;
        switch (m_opt.kind) {
        case Kind::Debtors:
            s = m_rowRejected ? Status::success() : debtorRow();
            break;
        case Kind::Invoices:
            s = m_rowRejected ? Status::success() : invoiceRow();
            break;
        case Kind::Payments:
            s = m_rowRejected ? Status::success() : paymentRow();
            break;
        }
        if (!s)
            return rollback(QStringLiteral("%1: %2").arg(path, s.error()));
        if (m_rowRejected)
            ++summary.rejectedRows;
        if (rows % kProgressEvery == 0 && m_opt.progress &&
            !m_opt.progress(reader.position(), reader.size()))
            return rollback(CsvImportText::tr("Import cancelled; the store is unchanged."));
    }
    if (!reader.error().isEmpty())
        return rollback(QStringLiteral("%1: %2").arg(path, reader.error()));
    if (Status s = flushBatches(); !s)
        return rollback(QStringLiteral("%1: %2").arg(path, s.error()));
    summary.rows = rows;
    summary.rejections = m_rejections;
    summary.warnings = m_warnings;
    summary.inserted = m_inserted;
    summary.updated = m_updated;
    summary.unchanged = m_unchanged;

    summary.loadMs = timer.elapsed();
    if (summary.rejectedRows == 0 || m_opt.policy == Policy::ValidRows) {
        release();
        // New debtors get their interlocutor by the client's rule, in the same transaction
        // (in bulk mode already dealt as they were inserted).
        const bool assign = m_opt.kind == Kind::Debtors && !m_added.empty();
        if (m_pool.outcome.assigned > 0) {
            if (Status s =
                    AssignmentRepository(m_db, m_clock).audit(m_session, m_opt.clientId, m_pool);
                !s)
                return rollback(s.error());
        }
        if (m_pool.outcome.assigned + m_pool.outcome.leftUnassigned > 0) {
            summary.assigned = m_pool.outcome.assigned;
            summary.assignment = m_pool.outcome.text();
        }
        if (Status s = finish(); !s)
            return rollback(s.error());
        summary.refreshMs = timer.elapsed() - summary.loadMs;
        if (assign) {
            // Any other debtor of the client still waiting (all of them after a small file).
            const int before = summary.assigned;
            if (Status s = assignNewDebtors(summary); !s)
                return rollback(s.error());
            // A debtor this import inserted travels once, as inserted (base 0; the export
            // reads the row as it is now): the assignment's entries for it are dropped.
            if (summary.assigned > before) {
                if (Status s = m_db.execScript(
                        QStringLiteral(
                            "DELETE FROM change_log WHERE seq > %1 AND entity = 'debtor' AND seq "
                            "<> (SELECT min(l.seq) FROM change_log l WHERE l.entity = 'debtor' "
                            "AND l.entity_id = change_log.entity_id AND l.seq > %1 AND "
                            "l.base_version = 0)")
                            .arg(m_logStart));
                    !s)
                    return rollback(s.error());
            }
        }
        const QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                  {QStringLiteral("kind"), kindCode(m_opt.kind)},
                                  {QStringLiteral("policy"), policyCode(m_opt.policy)},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("inserted"), m_inserted},
                                  {QStringLiteral("updated"), m_updated},
                                  {QStringLiteral("rejected"), summary.rejectedRows}};
        if (m_inserted + m_updated > 0) {
            if (Status s = AuditLog::append(m_db, m_clock, m_session, QStringLiteral("import"),
                                            QStringLiteral("client"), m_opt.clientId, details);
                !s)
                return rollback(s.error());
        }
        if (summary.rejections.isEmpty() && summary.unmappedColumns.isEmpty()) {
            Stmt log;
            log.prepare(m_h, "INSERT OR REPLACE INTO import_log(client_id, kind, fingerprint, "
                             "rows, imported_at) VALUES(?, ?, ?, ?, ?)");
            sqlite3_bind_text(log.p, 1, m_client.data(), int(m_client.size()), SQLITE_STATIC);
            bindText(log.p, 2, kindCode(m_opt.kind));
            sqlite3_bind_text(log.p, 3, m_fingerprint.data(), int(m_fingerprint.size()),
                              SQLITE_STATIC);
            sqlite3_bind_int(log.p, 4, rows);
            sqlite3_bind_text(log.p, 5, m_now.data(), int(m_now.size()), SQLITE_STATIC);
            if (sqlite3_step(log.p) != SQLITE_DONE)
                return rollback(sqlError(CsvImportText::tr("Remembering the file")).error());
        }
        if (m_opt.progress && !m_opt.progress(reader.size(), reader.size()))
            return rollback(CsvImportText::tr("Import cancelled; the store is unchanged."));
        if (Status s = m_db.execScript(QStringLiteral("COMMIT")); !s)
            return rollback(s.error());
        m_db.execScript(defaultCache);
        summary.committed = true;
    } else {
        rollback(QString());
        summary.inserted = summary.updated = summary.unchanged = 0;
    }
    if (m_opt.writeReport) {
        if (Status s = writeReport(summary); !s)
            return R::failure(s.error());
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

Status Importer::prepare()
{
    auto has = [this](const char* f) {
        return mappedField(f);
    };
    if (m_opt.kind == Kind::Debtors) {
        QStringList optional;
        for (const char* f :
             {"first_name", "last_name", "company_name", "tax_code", "vat_number", "birth_date",
              "language", "address", "postal_code", "city", "province", "iban"}) {
            if (has(f))
                optional << code(f);
        }
        const QStringList always{QStringLiteral("client_id"), QStringLiteral("customer_code"),
                                 QStringLiteral("kind"), QStringLiteral("display_name")};
        QHash<QString, QString> exprs;
        // language is NOT NULL: a new debtor without one speaks Italian.
        const int languageIndex = int((QStringList{QStringLiteral("id")} + always + optional)
                                          .indexOf(QStringLiteral("language")));
        if (languageIndex >= 0)
            exprs.insert(QStringLiteral("language"),
                         QStringLiteral("coalesce(?%1, 'it')").arg(languageIndex + 1));
        const bool ok =
            m_upsert.prepare(m_h, upsertSql("debtor", QStringLiteral("client_id, customer_code"),
                                            always, optional, exprs)
                                      .constData()) &&
            m_contact.prepare(
                m_h, "INSERT INTO contact(id, debtor_id, kind, value, owner, verified, consent, "
                     "version, device_id, updated_at) VALUES(?, ?, ?, ?, 'debtor', 1, 'unknown', "
                     "1, ?, ?) ON CONFLICT(id) DO NOTHING") &&
            m_supply.prepare(
                m_h,
                "INSERT INTO supply(id, debtor_id, service, point_code, address, "
                "billing_frequency, version, device_id, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, "
                "coalesce(?6, 'bimonthly'), 1, ?7, ?8) ON CONFLICT(id) DO UPDATE SET address = "
                "coalesce(excluded.address, supply.address), billing_frequency = coalesce(?6, "
                "supply.billing_frequency), version = supply.version + 1, device_id = "
                "excluded.device_id, updated_at = excluded.updated_at WHERE (excluded.address IS "
                "NOT NULL AND excluded.address IS NOT supply.address) OR (?6 IS NOT NULL AND ?6 "
                "IS NOT supply.billing_frequency)");
        // New debtors, their contacts and supplies go in with plain inserts in bulk mode.
        if (!ok)
            return sqlError(CsvImportText::tr("Preparing the debtor import"));
        if (Status s = bulkWhenLarge("SELECT customer_code FROM debtor WHERE client_id = ?",
                                     {QStringLiteral("debtor"), QStringLiteral("contact"),
                                      QStringLiteral("supply"), QStringLiteral("assignment")});
            !s)
            return s;
        QByteArray insert = plainInsert(m_upsert);
        if (m_bulk) {
            if (Status s = prepareDealing(); !s)
                return s;
            // The new debtor's row carries its interlocutor.
            const int n = sqlite3_bind_parameter_count(m_upsert.p);
            insert.replace(") VALUES(", ", assigned_operator_id, assigned_since) VALUES(");
            insert.chop(1);
            insert += QStringLiteral(", ?%1, ?%2)").arg(n + 1).arg(n + 2).toUtf8();
        }
        // A contact, supply or assignment refers to its debtor: the debtors' batch is written
        // first.
        if (!m_insert.prepare(m_h, insert) ||
            !m_contactInsert.prepare(m_h, plainInsert(m_contact), &m_insert) ||
            !m_supplyInsert.prepare(m_h, plainInsert(m_supply), &m_insert) ||
            (m_bulk &&
             !m_assignmentInsert.prepare(m_h, AssignmentRepository::historyInsertSql(), &m_insert)))
            return sqlError(CsvImportText::tr("Preparing the debtor import"));
        return Status::success();
    }
    // Invoices and payments name debtors by the client's customer code.
    {
        Stmt st;
        st.prepare(m_h, "SELECT customer_code, id FROM debtor WHERE client_id = ?");
        sqlite3_bind_text(st.p, 1, m_client.data(), int(m_client.size()), SQLITE_STATIC);
        while (sqlite3_step(st.p) == SQLITE_ROW)
            m_debtorByCode.emplace(reinterpret_cast<const char*>(sqlite3_column_text(st.p, 0)),
                                   reinterpret_cast<const char*>(sqlite3_column_text(st.p, 1)));
    }
    if (m_opt.kind == Kind::Invoices) {
        QStringList optional;
        if (has("pagopa_notice"))
            optional << QStringLiteral("pagopa_notice");
        if (has("delivery_channel"))
            optional << QStringLiteral("delivery_channel");
        if (has("point_code"))
            optional << QStringLiteral("supply_id");
        if (has("paid"))
            optional << QStringLiteral("paid_cents");
        const QStringList always{QStringLiteral("client_id"), QStringLiteral("debtor_id"),
                                 QStringLiteral("number"),    QStringLiteral("issue_date"),
                                 QStringLiteral("due_date"),  QStringLiteral("amount_cents")};
        QHash<QString, QString> exprs;
        QList<QPair<QString, QString>> alsoInsert;
        if (has("paid")) {
            // The last of the row's own values. A new bill has no payments recorded here: what
            // the client reports paid is all of it (schema 10).
            const QString paid =
                QStringLiteral("coalesce(?%1, 0)").arg(1 + always.size() + optional.size());
            exprs.insert(QStringLiteral("paid_cents"), paid);
            alsoInsert.push_back({QStringLiteral("client_paid_cents"), paid});
        }
        QByteArray sql = upsertSql("invoice", QStringLiteral("client_id, number"), always, optional,
                                   exprs, alsoInsert);
        // A bill already here: the client's figure counts the payments recorded here too, so
        // client_paid_cents is what it reports beyond them; it never lowers (a file older than
        // a payment at the card) and the paid amount follows PaymentRepository::invoicePaidSql.
        const QByteArray allocated = "(SELECT coalesce(sum(a.amount_cents), 0) FROM "
                                     "payment_allocation a WHERE a.invoice_id = invoice.id)";
        const QByteArray clientPaid =
            "max(invoice.client_paid_cents, excluded.paid_cents - " + allocated + ")";
        sql.replace("paid_cents = coalesce(excluded.paid_cents, invoice.paid_cents)",
                    "client_paid_cents = " + clientPaid +
                        ", paid_cents = min(excluded.amount_cents, " + clientPaid + " + " +
                        allocated + ")");
        sql.replace("(excluded.paid_cents IS NOT NULL AND invoice.paid_cents IS NOT "
                    "excluded.paid_cents)",
                    "(excluded.paid_cents > invoice.paid_cents)");
        const bool ok =
            m_upsert.prepare(m_h, sql.constData()) &&
            m_insert.prepare(m_h, plainInsert(m_upsert)) &&
            m_supplyByPoint.prepare(m_h, "SELECT id FROM supply WHERE debtor_id = ? AND "
                                         "point_code = ?");
        if (!ok)
            return sqlError(CsvImportText::tr("Preparing the invoice import"));
        return bulkWhenLarge("SELECT number FROM invoice WHERE client_id = ?",
                             {QStringLiteral("invoice")});
    }
    const bool ok =
        m_findPayment.prepare(m_h, "SELECT debtor_id, amount_cents, paid_on FROM payment WHERE "
                                   "id = ?") &&
        m_invoiceByNumber.prepare(
            m_h, "SELECT id, debtor_id FROM invoice WHERE client_id = ? AND number = ?") &&
        m_openInvoices.prepare(m_h, "SELECT 1 FROM invoice WHERE id = ? AND cancelled = 0 AND "
                                    "paid_cents < amount_cents");
    return ok ? Status::success() : sqlError(CsvImportText::tr("Preparing the payment import"));
}

Status Importer::bulkWhenLarge(const char* keysSql, const QStringList& tables)
{
    {
        Stmt st;
        st.prepare(m_h, keysSql);
        sqlite3_bind_text(st.p, 1, m_client.data(), int(m_client.size()), SQLITE_STATIC);
        while (sqlite3_step(st.p) == SQLITE_ROW)
            m_existingKeys.insert(
                qHash(QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(st.p, 0)),
                                     sqlite3_column_bytes(st.p, 0))));
    }
    m_bulk = m_estimatedRows >= kBulkRows && m_estimatedRows >= qint64(m_existingKeys.size());
    if (!m_bulk)
        return Status::success();
    for (const QString& table : tables) {
        Stmt st;
        st.prepare(m_h, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1")
                            .arg(table)
                            .toUtf8()
                            .constData());
        if (sqlite3_step(st.p) != SQLITE_ROW)
            return sqlError(CsvImportText::tr("Preparing the bulk load"));
        m_rowidsBefore.push_back({table, sqlite3_column_int64(st.p, 0)});
        // st finishes here: a pending read would lock the schema.
    }
    auto triggers = ChangeLog::suspendTriggers(m_db, tables, true);
    if (!triggers)
        return triggers.status();
    m_droppedTriggers = triggers.value();
    auto dropped = BulkLoad::dropSecondaryIndexes(m_db, tables);
    if (!dropped)
        return dropped.status();
    m_droppedIndexes = dropped.value();
    return Status::success();
}

Upserted Importer::save(const Row& row)
{
    if (!row.batch)
        return stepUpsert(row.statement);
    return row.batch->endRow() ? Upserted::Inserted : Upserted::Failed;
}

Status Importer::flushBatches()
{
    for (BulkLoad::BatchInsert* b :
         {&m_insert, &m_contactInsert, &m_supplyInsert, &m_assignmentInsert}) {
        if (!b->flush())
            return Status::failure(
                CsvImportText::tr("line %1: %2: %3")
                    .arg(m_line)
                    .arg(CsvImportText::tr("Saving the rows of the file"), b->error()));
    }
    return Status::success();
}

Status Importer::endBulk()
{
    for (const auto& [table, before] : std::as_const(m_rowidsBefore)) {
        if (Status s = ChangeLog::logRows(m_db, table, QStringLiteral("t.rowid > %1").arg(before));
            !s)
            return s;
    }
    if (Status s = BulkLoad::recreateIndexes(m_db, m_droppedIndexes); !s)
        return s;
    return ChangeLog::restoreTriggers(m_db, m_droppedTriggers);
}

Status Importer::debtorRow()
{
    const std::string_view customer = value("customer_code");
    if (customer.empty()) {
        reject("customer_code", customer, CsvImportText::tr("the customer code is missing"));
        return Status::success();
    }
    if (duplicate("customer_code", customer))
        return Status::success();
    const QString lastName = qs(value("last_name")), firstName = qs(value("first_name")),
                  company = qs(value("company_name"));
    QString kind = QStringLiteral("person");
    if (const auto k = value("kind"); !k.empty()) {
        kind = mapped(kindValues(), k);
        if (kind.isEmpty()) {
            warn("kind", k,
                 CsvImportText::tr("not a kind of customer (person or company): taken as a "
                                   "person"));
            kind = QStringLiteral("person");
        }
    } else if (!company.isEmpty() && lastName.isEmpty()) {
        kind = QStringLiteral("company");
    }
    const QString display = kind == QLatin1String("company") && !company.isEmpty()
                                ? company
                                : QStringLiteral("%1 %2").arg(lastName, firstName).trimmed();
    if (display.isEmpty())
        reject(kind == QLatin1String("company") ? "company_name" : "last_name", {},
               CsvImportText::tr("the customer has no name"));
    QString taxCode;
    if (const auto t = value("tax_code"); !t.empty()) {
        if (t.size() == 11 && allDigits(t)) {
            const auto piva = PartitaIva::validate(qs(t));
            if (!piva)
                reject("tax_code", t, piva.error());
            else
                taxCode = piva.value();
        } else {
            const auto cf = CodiceFiscale::validate(qs(t), m_today.year());
            if (!cf)
                reject("tax_code", t, cf.error());
            else
                taxCode = cf->code;
        }
    }
    QString vat;
    if (const auto v = value("vat_number"); !v.empty()) {
        const auto piva = PartitaIva::validate(qs(v));
        if (!piva)
            reject("vat_number", v, piva.error());
        else
            vat = piva.value();
    }
    QString iban;
    if (const auto v = value("iban"); !v.empty()) {
        const auto checked = Iban::validate(qs(v));
        if (!checked)
            warn("iban", v, checked.error());
        else
            iban = checked.value();
    }
    QString birth;
    if (const auto b = value("birth_date"); !b.empty()) {
        const auto d = parseDate(b, m_opt.mapping.dates);
        if (!d)
            warn("birth_date", b, d.error());
        else if (*d > m_today)
            warn("birth_date", b, CsvImportText::tr("the date of birth is in the future"));
        else
            birth = isoDate(*d);
    }
    QString language;
    if (const auto l = value("language"); !l.empty()) {
        const QString f = folded(qs(l));
        if (f.startsWith(QLatin1String("it")))
            language = QStringLiteral("it");
        else if (f.startsWith(QLatin1String("en")) || f.startsWith(QLatin1String("ing")))
            language = QStringLiteral("en");
        else if (f.size() == 2)
            language = f;
        else
            warn("language", l, CsvImportText::tr("not a language code (it, en...)"));
    }
    QVector<QPair<QString, QString>> contacts; // kind, normalised value
    if (const auto p = value("phone"); !p.empty()) {
        const auto phone = PhoneNumber::parse(qs(p));
        if (!phone)
            warn("phone", p, phone.error());
        else
            contacts.push_back({QStringLiteral("phone"), phone->e164});
    }
    for (const char* f : {"email", "pec"}) {
        if (const auto e = value(f); !e.empty()) {
            const QString mail = qs(e).toLower();
            const int at = int(mail.indexOf(QLatin1Char('@')));
            if (at < 1 || mail.indexOf(QLatin1Char('.'), at) < at + 2 ||
                mail.endsWith(QLatin1Char('.')) || mail.contains(QLatin1Char(' ')))
                warn(f, e, CsvImportText::tr("not an e-mail address"));
            else
                contacts.push_back({code(f), mail});
        }
    }
    QString service, frequency;
    const auto point = value("point_code");
    if (const auto s = value("service"); !s.empty()) {
        service = mapped(serviceValues(), s);
        if (service.isEmpty())
            warn("service", s,
                 CsvImportText::tr("not a service (electricity, gas or water): the supply is "
                                   "left out"));
    } else if (!point.empty()) {
        warn("service", {},
             CsvImportText::tr("a supply point needs its service (electricity, gas or water): "
                               "the supply is left out"));
    }
    if (const auto f = value("billing_frequency"); !f.empty()) {
        frequency = mapped(frequencyValues(), f);
        if (frequency.isEmpty())
            warn("billing_frequency", f,
                 CsvImportText::tr(
                     "not a billing frequency (monthly, bimonthly, quarterly, half-yearly, "
                     "yearly)"));
    }
    if (taxCode.isEmpty() && vat.isEmpty() && !m_rowRejected &&
        (mappedField("tax_code") || mappedField("vat_number")))
        warn(mappedField("tax_code") ? "tax_code" : "vat_number", {},
             CsvImportText::tr("neither codice fiscale nor partita IVA: the debtor is imported, "
                               "ask the client for it before any formal step"));
    if (m_rowRejected)
        return Status::success();

    const QString client = QString::fromStdString(m_client);
    const QString id = keyId(client, qs(customer));
    // A debtor new to the store has no contacts or supplies yet: plain inserts in bulk mode.
    const bool fresh = m_bulk && !known(customer);
    Row row = rowFor(fresh, m_insert, m_upsert);
    row.text(id).text(client).text(customer).text(kind).text(display);
    auto add = [&](const char* f, const QString& v) {
        if (mappedField(f))
            row.text(v);
    };
    add("first_name", firstName);
    add("last_name", lastName);
    add("company_name", company);
    add("tax_code", taxCode);
    add("vat_number", vat);
    add("birth_date", birth);
    add("language", language);
    add("address", qs(value("address")));
    add("postal_code", qs(value("postal_code")));
    add("city", qs(value("city")));
    add("province", qs(value("province")).toUpper());
    add("iban", iban);
    common(row);
    const int dealt = fresh ? deal(row, id, qs(value("province"))) : -1;
    const Upserted u = save(row);
    if (u == Upserted::Failed)
        return sqlError(CsvImportText::tr("Saving the debtor"));
    if (fresh) {
        if (Status s = recordDealt(id, dealt); !s)
            return s;
    }
    count(u);
    bool touched = u != Upserted::Unchanged;
    // A contact or supply row: batched for a new debtor, else upserted (touching the debtor
    // when it changed anything).
    const auto saveOther = [&](Row& row) {
        if (row.batch)
            return row.batch->endRow();
        const bool ok = sqlite3_step(row.statement) == SQLITE_DONE;
        touched = touched || (ok && sqlite3_changes(m_h) > 0);
        sqlite3_reset(row.statement);
        sqlite3_clear_bindings(row.statement);
        return ok;
    };
    for (const auto& [kindOfContact, contactValue] : contacts) {
        Row c = rowFor(fresh, m_contactInsert, m_contact);
        c.text(keyId(id, kindOfContact + QLatin1Char(':') + contactValue))
            .text(id)
            .text(kindOfContact)
            .text(contactValue);
        common(c);
        if (!saveOther(c))
            return sqlError(CsvImportText::tr("Saving a contact"));
    }
    if (!service.isEmpty()) {
        Row r = rowFor(fresh, m_supplyInsert, m_supply);
        r.text(keyId(id, service + QLatin1Char(':') + qs(point)))
            .text(id)
            .text(service)
            .text(point)
            .text(value("supply_address"))
            .text(frequency);
        common(r);
        if (!saveOther(r))
            return sqlError(CsvImportText::tr("Saving the supply"));
    }
    if (u == Upserted::Inserted)
        m_added.insert(id.toStdString());
    else if (touched)
        m_touched.insert(id.toStdString());
    return Status::success();
}

Status Importer::invoiceRow()
{
    const std::string_view number = value("number");
    if (number.empty()) {
        reject("number", number, CsvImportText::tr("the bill number is missing"));
        return Status::success();
    }
    if (duplicate("number", number))
        return Status::success();
    const std::string* debtorId = debtorOfRow();
    const auto issue = parseDate(value("issue_date"), m_opt.mapping.dates);
    if (!issue)
        reject("issue_date", value("issue_date"), issue.error());
    const auto due = parseDate(value("due_date"), m_opt.mapping.dates);
    if (!due)
        reject("due_date", value("due_date"), due.error());
    if (issue && due && *due < *issue)
        reject("due_date", value("due_date"),
               CsvImportText::tr("the due date is before the issue date"));
    const auto amount = parseAmount(value("amount"), m_opt.mapping.decimal);
    if (!amount)
        reject("amount", value("amount"), amount.error());
    qint64 paid = -1;
    if (const auto p = value("paid"); !p.empty()) {
        const auto parsed = parseAmount(p, m_opt.mapping.decimal);
        if (!parsed)
            reject("paid", p, parsed.error());
        else if (amount && *parsed > *amount)
            reject("paid", p, CsvImportText::tr("more than the bill's amount"));
        else
            paid = *parsed;
    }
    QString notice;
    if (const auto n = value("pagopa_notice"); !n.empty()) {
        const auto checked = PagoPaNotice::validate(qs(n));
        if (!checked)
            warn("pagopa_notice", n, checked.error());
        else
            notice = checked.value();
    }
    QString delivery;
    if (const auto d = value("delivery_channel"); !d.empty()) {
        delivery = mapped(deliveryValues(), d);
        if (delivery.isEmpty())
            warn("delivery_channel", d,
                 CsvImportText::tr("not a delivery channel (post, e-mail, PEC, app)"));
    }
    std::string supplyId;
    const auto point = value("point_code");
    if (!point.empty() && debtorId) {
        sqlite3_bind_text(m_supplyByPoint.p, 1, debtorId->data(), int(debtorId->size()),
                          SQLITE_STATIC);
        bindText(m_supplyByPoint.p, 2, point);
        if (sqlite3_step(m_supplyByPoint.p) == SQLITE_ROW)
            supplyId = reinterpret_cast<const char*>(sqlite3_column_text(m_supplyByPoint.p, 0));
        m_supplyByPoint.done();
        if (supplyId.empty())
            reject("point_code", point,
                   CsvImportText::tr("the debtor has no supply with this POD/PDR"));
    }
    if (m_rowRejected)
        return Status::success();

    Row row = rowFor(m_bulk && !known(number), m_insert, m_upsert);
    const KeyId id = keyIdOf(m_client, number);
    const IsoDay issueText(*issue), dueText(*due);
    row.text(std::string_view(id.text, sizeof id.text))
        .text(m_client)
        .text(*debtorId)
        .text(number)
        .text(std::string_view(issueText.text, 10))
        .text(std::string_view(dueText.text, 10))
        .integer(*amount);
    if (mappedField("pagopa_notice"))
        row.text(notice);
    if (mappedField("delivery_channel"))
        row.text(delivery);
    if (mappedField("point_code"))
        row.text(std::string_view(supplyId));
    if (mappedField("paid")) {
        if (paid < 0)
            row.null();
        else
            row.integer(paid);
    }
    common(row);
    const Upserted u = save(row);
    if (u == Upserted::Failed)
        return sqlError(CsvImportText::tr("Saving the bill"));
    count(u);
    if (u != Upserted::Unchanged && debtorId != m_lastTouched) {
        m_touched.insert(*debtorId);
        m_lastTouched = debtorId;
    }
    return Status::success();
}

Status Importer::paymentRow()
{
    const std::string_view reference = value("reference");
    if (reference.empty()) {
        reject("reference", reference, CsvImportText::tr("the payment reference is missing"));
        return Status::success();
    }
    if (duplicate("reference", reference))
        return Status::success();
    const std::string* debtor = debtorOfRow();
    const QString debtorId = debtor ? QString::fromStdString(*debtor) : QString();
    const auto amount = parseAmount(value("amount"), m_opt.mapping.decimal);
    if (!amount)
        reject("amount", value("amount"), amount.error());
    else if (*amount == 0)
        reject("amount", value("amount"), CsvImportText::tr("a payment of zero"));
    const auto paidOn = parseDate(value("paid_on"), m_opt.mapping.dates);
    if (!paidOn)
        reject("paid_on", value("paid_on"), paidOn.error());
    else if (*paidOn > m_today)
        reject("paid_on", value("paid_on"), CsvImportText::tr("the payment date is in the future"));
    QString channel = QStringLiteral("bank_transfer");
    if (const auto c = value("channel"); !c.empty()) {
        channel = mapped(channelValues(), c);
        if (channel.isEmpty())
            reject("channel", c,
                   CsvImportText::tr(
                       "not a payment channel (PagoPA, bank transfer, online, postal slip, "
                       "direct debit, cash)"));
    }
    QString invoiceId;
    if (const auto n = value("invoice_number"); !n.empty()) {
        bindText(m_invoiceByNumber.p, 1, QString::fromStdString(m_client));
        bindText(m_invoiceByNumber.p, 2, n);
        if (sqlite3_step(m_invoiceByNumber.p) == SQLITE_ROW) {
            invoiceId = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(m_invoiceByNumber.p, 0)));
            const QString owner = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(m_invoiceByNumber.p, 1)));
            if (!debtorId.isEmpty() && owner != debtorId)
                reject("invoice_number", n,
                       CsvImportText::tr("the bill belongs to another customer"));
        } else {
            reject("invoice_number", n,
                   CsvImportText::tr("no bill of this client has this number"));
        }
        m_invoiceByNumber.done();
    }
    if (m_rowRejected)
        return Status::success();

    const QString id =
        keyId(QString::fromStdString(m_client), QStringLiteral("payment:") + qs(reference));
    // Payments are never changed: the same reference again is the same payment.
    bindText(m_findPayment.p, 1, id);
    if (sqlite3_step(m_findPayment.p) == SQLITE_ROW) {
        const qint64 storedAmount = sqlite3_column_int64(m_findPayment.p, 1);
        m_findPayment.done();
        if (storedAmount != *amount)
            reject("amount", value("amount"),
                   CsvImportText::tr("this reference was already imported with %1 cents")
                       .arg(storedAmount));
        else
            ++m_unchanged;
        return Status::success();
    }
    m_findPayment.done();

    // A bill already settled is not chosen: the money goes where it is owed.
    QStringList chosen;
    if (!invoiceId.isEmpty()) {
        bindText(m_openInvoices.p, 1, invoiceId);
        if (sqlite3_step(m_openInvoices.p) == SQLITE_ROW)
            chosen << invoiceId;
        m_openInvoices.done();
    }
    // Applied by the same code as a payment recorded at the card: allocation to bills and
    // plan installments, plans completed, promises kept.
    PaymentRepository::PaymentFact fact;
    fact.id = id;
    fact.clientId = QString::fromStdString(m_client);
    fact.debtorId = debtorId;
    fact.amount = Money::fromCents(*amount);
    fact.paidOn = *paidOn;
    fact.channel = channel;
    fact.reference = qs(reference);
    fact.source = QStringLiteral("import");
    fact.recordedBy = m_session.userId();
    fact.invoiceIds = chosen;
    fact.allowCredit = true;
    fact.recompute = false; // finish() rebuilds the touched debtors' rows once
    const auto applied = PaymentRepository(m_db, m_clock).applyWithin(fact);
    if (!applied)
        return Status::failure(CsvImportText::tr("line %1: %2").arg(m_line).arg(applied.error()));
    ++m_inserted;
    m_touched.insert(debtorId.toStdString());
    return Status::success();
}

Status Importer::assignNewDebtors(Summary& summary)
{
    const auto outcome =
        AssignmentRepository(m_db, m_clock).assignWithin(m_session, m_opt.clientId);
    if (!outcome)
        return outcome.status();
    // A second pass that found nobody keeps the first pass's words.
    if (outcome->assigned > 0 || summary.assignment.isEmpty() || outcome->leftUnassigned > 0) {
        summary.assigned += outcome->assigned;
        summary.assignment = outcome->text();
    }
    return Status::success();
}

Status Importer::prepareDealing()
{
    auto pool = AssignmentRepository(m_db, m_clock).pool(m_session, m_opt.clientId);
    if (!pool)
        return pool.status();
    m_pool = pool.value();
    m_dealer.emplace(m_pool.rule, m_pool.operators);
    for (const auto& op : std::as_const(m_pool.operators))
        m_operatorIds.push_back(op.id.toStdString());
    m_reason = m_pool.reason().toStdString();
    m_assignedBy = m_session.userId().toStdString();
    m_todayText = isoDate(m_today).toStdString();
    return Status::success();
}

int Importer::deal(Row& row, const QString& id, const QString& province)
{
    // New debtors owe nothing until their bills come.
    const int op = m_dealer->deal({id, province, 0});
    if (op < 0)
        row.null().null();
    else
        row.text(m_operatorIds[size_t(op)]).text(m_todayText);
    return op;
}

Status Importer::recordDealt(const QString& debtorId, int op)
{
    auto& outcome = m_pool.outcome;
    if (op < 0) {
        ++outcome.leftUnassigned;
        return Status::success();
    }
    Row row{nullptr, &m_assignmentInsert};
    row.text(newId())
        .text(debtorId)
        .text(m_operatorIds[size_t(op)])
        .text(m_todayText)
        .text(m_reason)
        .text(m_assignedBy);
    common(row);
    if (!m_assignmentInsert.endRow())
        return sqlError(CsvImportText::tr("Recording the interlocutor"));
    outcome.shares[op].received += 1;
    outcome.shares[op].total += 1;
    outcome.assigned += 1;
    return Status::success();
}

void Importer::rejectControlCharacters()
{
    for (const auto& [name, col] : m_columns) {
        if (col >= int(m_fields->size()))
            continue;
        const std::string& f = (*m_fields)[size_t(col)];
        for (const char ch : f) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                reject(
                    name, {},
                    CsvImportText::tr("a control character (code %1) is in the value").arg(int(c)));
                break;
            }
        }
    }
}

Status Importer::finish()
{
    // Portfolio rows (balances, aging, search text) of the debtors the file touched.
    if (m_bulk) {
        if (Status s = endBulk(); !s)
            return s;
    }
    DebtorSummaryRepository summaries(m_db);
    const QDate today = m_today;
    // Planner statistics taken when the store was small would make the refresh scan whole
    // tables per debtor; a sampled ANALYZE costs milliseconds.
    if (m_inserted > kAnalyzeAbove) {
        if (Status s = m_db.execScript(QStringLiteral("PRAGMA analysis_limit = 1000; ANALYZE")); !s)
            return s;
    }
    qint64 debtorsInStore = 0;
    {
        Stmt st;
        st.prepare(m_h, "SELECT count(*) FROM debtor");
        if (sqlite3_step(st.p) == SQLITE_ROW)
            debtorsInStore = sqlite3_column_int64(st.p, 0);
    }
    const auto many = [debtorsInStore](size_t n) {
        return n > size_t(kRefreshAllAbove) || qint64(n) * kRefreshAllShare >= debtorsInStore;
    };
    // Debtors new to the store have nothing but their debtor row yet: their portfolio rows
    // come from it alone. Debtors already there are recomputed, one by one or all at once.
    const bool rewriteAll = many(m_touched.size());
    const bool addInBulk = !rewriteAll && many(m_added.size());
    const bool withSearch = m_opt.kind == Kind::Debtors;
    if (!rewriteAll && !addInBulk) {
        for (const auto* debtors : {&m_touched, &m_added}) {
            for (const std::string& touched : *debtors) {
                const QString debtorId = QString::fromStdString(touched);
                if (Status s = summaries.recompute(debtorId, today); !s)
                    return s;
                if (withSearch) {
                    if (Status s = summaries.rebuildSearch(debtorId); !s)
                        return s;
                }
            }
        }
        return Status::success();
    }
    // Many portfolio rows are written: the indexes on what changes are built once afterwards.
    // Bills change only the columns that derive from bills.
    const bool billsOnly = m_opt.kind == Kind::Invoices;
    const QString table = QStringLiteral("debtor_summary");
    const auto dropped = billsOnly ? BulkLoad::dropIndexesOnColumns(
                                         m_db, table, DebtorSummaryRepository::billFactColumns())
                                   : BulkLoad::dropSecondaryIndexes(m_db, {table});
    if (!dropped)
        return dropped.status();
    if (rewriteAll) {
        if (Status s = billsOnly ? summaries.refreshBillFacts(today) : summaries.refreshAll(today);
            !s)
            return s;
    } else {
        if (Status s = summaries.addNewDebtors(today); !s)
            return s;
        for (const std::string& touched : m_touched) {
            if (Status s = summaries.recompute(QString::fromStdString(touched), today); !s)
                return s;
        }
    }
    if (Status s = BulkLoad::recreateIndexes(m_db, dropped.value()); !s)
        return s;
    return withSearch ? summaries.rebuildAllSearch() : Status::success();
}

Status Importer::writeReport(Summary& summary) const
{
    if (summary.rejections.isEmpty() && summary.unmappedColumns.isEmpty())
        return Status::success();
    const QFileInfo source(summary.file);
    const QString name = source.fileName() + QStringLiteral(".report.csv");
    // Next to the file when its folder is writable and nothing odd sits at the name (a link
    // planted there must not redirect the write); else in the data folder.
    QString reportPath = source.absolutePath() + QLatin1Char('/') + name;
    const QFileInfo existing(reportPath);
    const bool besideOk = QFileInfo(source.absolutePath()).isWritable() && !existing.isSymLink() &&
                          (!existing.exists() || existing.isFile());
    if (!besideOk) {
        if (m_opt.fallbackReportDir.isEmpty())
            return Status::failure(
                CsvImportText::tr("The report cannot be written next to %1 (the folder is not "
                                  "writable or %2 is not a plain file).")
                    .arg(summary.file, reportPath));
        if (Status s = PrivateFile::makeFolder(m_opt.fallbackReportDir); !s)
            return s;
        reportPath = m_opt.fallbackReportDir + QLatin1Char('/') + name;
        const QFileInfo fallback(reportPath);
        if (fallback.isSymLink() || (fallback.exists() && !fallback.isFile()))
            return Status::failure(
                CsvImportText::tr("The report %1 is not a plain file; remove it.").arg(reportPath));
    }
    const QString fileName = source.fileName();
    QVector<QStringList> rows;
    for (const Rejection& r : summary.rejections)
        rows.push_back({fileName, QString::number(r.line), r.column, r.value, r.reason,
                        r.severity == Rejection::Severity::Error ? CsvImportText::tr("error")
                                                                 : CsvImportText::tr("warning")});
    for (const QString& column : summary.unmappedColumns)
        rows.push_back({fileName, QStringLiteral("1"), column, QString(),
                        CsvImportText::tr("no field is mapped to this column: not imported"),
                        CsvImportText::tr("warning")});
    if (Status s = PrivateFile::write(
            reportPath, Csv::write({CsvImportText::tr("File"), CsvImportText::tr("Line"),
                                    CsvImportText::tr("Column"), CsvImportText::tr("Value"),
                                    CsvImportText::tr("Reason"), CsvImportText::tr("Severity")},
                                   rows));
        !s)
        return Status::failure(
            CsvImportText::tr("The report %1 cannot be written: %2").arg(reportPath, s.error()));
    summary.reportPath = reportPath;
    return Status::success();
}

} // namespace

Result<Summary> run(Database& db, const Session& session, const Clock& clock, const QString& path,
                    const Options& options)
{
    if (session.role() == Role::Operator ||
        (session.role() == Role::TeamLead && session.clientId() != options.clientId))
        return Result<Summary>::failure(
            CsvImportText::tr("Only an administrator or the client's team lead can import files."));
    if (const QString closed = Erasure::closedReason(db, options.clientId); !closed.isEmpty())
        return Result<Summary>::failure(closed);
    return Importer(db, session, clock, options).run(path);
}

} // namespace ascolto::CsvImport
