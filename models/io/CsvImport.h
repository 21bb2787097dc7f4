#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace ascolto {

class Database;
class Session;

// The client's CSV files into the store: debtors (with contacts and supply), invoices,
// payments. Columns are matched through a mapping (field code -> header of the file),
// guessed from the header, saved per client by the wizard, or read from a JSON file.
namespace CsvImport {

enum class Kind
{
    Debtors,
    Invoices,
    Payments
};
enum class Policy
{
    AllOrNothing, // one rejected row and nothing is imported
    ValidRows     // valid rows are imported, rejected ones reported
};

QString kindCode(Kind kind); // "debtors", "invoices", "payments"
Result<Kind> kindFromCode(const QString& code);
QString policyCode(Policy policy);
Result<Policy> policyFromCode(const QString& code);

struct Field
{
    QString code;  // "customer_code"
    QString label; // translated, for the wizard
    bool required = false;
};
QVector<Field> fields(Kind kind);
QString fieldLabel(const QString& code); // translated

struct Mapping
{
    Kind kind = Kind::Debtors;
    // field code -> header text of the file (matched ignoring case, accents, punctuation)
    QHash<QString, QString> columns;
    QString decimal = QStringLiteral("auto"); // auto, comma, point
    QString dates = QStringLiteral("auto");   // auto, dmy, iso

    // Best guess from the header's words (Italian and English names utilities use).
    static Mapping guess(Kind kind, const QStringList& header);
    static Result<Mapping> fromJson(const QByteArray& json, const QString& sourceName);
    QByteArray toJson() const;
    // Field code -> column index in this header; a mapped column missing from the header,
    // a mapped header that appears twice, or a required field without a column, is an error
    // naming them.
    Result<QHash<QString, int>> resolve(const QStringList& header) const;
    // Headers of the file no field is mapped to.
    QStringList unmapped(const QStringList& header) const;
};

// The first rows of a file, for the wizard's preview.
struct Preview
{
    QString encoding;
    QChar separator;
    QStringList header;
    QVector<QStringList> rows;
};
Result<Preview> preview(const QString& path, int maxRows = 20);

// One problem found in a row. An error rejects the row (a key or required value is wrong:
// customer code, bill number, amounts, dates, tax code, an unknown debtor); a warning leaves
// a bad optional value out (e-mail, phone, IBAN, PagoPA notice, address parts...) and the
// row is imported without it.
struct Rejection
{
    enum class Severity
    {
        Error,
        Warning
    };
    int line = 0;
    QString field;  // field code, empty for the whole row
    QString column; // the column's header as the client's file names it
    QString value;
    QString reason;
    Severity severity = Severity::Error;
};

struct Summary
{
    QString file;
    QString encoding;
    QChar separator;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejectedRows = 0;
    int warnings = 0;              // optional values left out (rows imported)
    QVector<Rejection> rejections; // errors and warnings, in file order
    // Columns of the file no field is mapped to: reported, never silently ignored.
    QStringList unmappedColumns;
    // Debtors this import gave to an operator by the client's assignment rule, and the text
    // of that outcome ("12 debtors assigned: ...").
    int assigned = 0;
    QString assignment;
    bool committed = false; // false: nothing changed (all-or-nothing with rejections)
    // Set when the same file with the same columns was imported whole before: the rows were
    // counted, not checked again, and nothing changed.
    QDateTime alreadyImportedAt;
    QString reportPath;
    qint64 elapsedMs = 0;
    qint64 loadMs = 0;    // reading, checking and writing the rows
    qint64 refreshMs = 0; // indexes, balances and search text of the touched debtors
    // Human summary, translated ("12 rows: 10 new, 1 updated, 1 rejected...").
    QString text() const;
};

struct Options
{
    QString clientId;
    Kind kind = Kind::Debtors;
    Mapping mapping; // empty columns: the saved mapping of the client, else a guess
    Policy policy = Policy::AllOrNothing;
    bool writeReport = true;
    // Called every few thousand rows with (bytes read, file size); false cancels.
    std::function<bool(qint64, qint64)> progress;
    // Called once when another program holds the store's write lock, with what the import
    // waits for; the import then waits (up to waitLimitMs) instead of failing.
    std::function<void(const QString&)> waiting;
    int waitLimitMs = 10 * 60 * 1000;
    // Where the report goes when the file's folder is not writable (the data folder).
    QString fallbackReportDir;
};

// Mapping saved by the wizard for a client and kind (empty columns when none).
Mapping savedMapping(Database& db, const QString& clientId, Kind kind);
Status saveMapping(Database& db, const QString& clientId, const Mapping& mapping,
                   const Clock& clock);

// Imports one file in one transaction. A failure, a cancel or a crash leaves the store as it
// was. Rejected rows are in the summary and in the report written next to the file
// ("<file>.report.csv"). Only admins and team leads of the client may import.
Result<Summary> run(Database& db, const Session& session, const Clock& clock, const QString& path,
                    const Options& options);

} // namespace CsvImport

class CsvImportText
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};

} // namespace ascolto
