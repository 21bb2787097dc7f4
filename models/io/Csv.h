#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <string>
#include <vector>

namespace ascolto {

// CSV as Italian utilities and spreadsheets write it. Reading: ';' or ',' (detected from the
// header), UTF-8 with or without BOM or Windows-1252 (detected), quoted fields with
// separators, doubled quotes and newlines inside, CRLF or LF. Writing: what LibreOffice and
// Excel open in an Italian locale: UTF-8 with BOM, ';', CRLF, quotes where needed.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    struct Record
    {
        int line = 0; // line of the file where the record starts (1-based)
        QStringList fields;
    };
    struct Table
    {
        QChar separator;
        QString encoding; // "UTF-8" or "Windows-1252"
        QStringList header;
        QVector<Record> records; // data records, header excluded
    };

    // Text of the bytes: UTF-8 (BOM removed) when they are valid UTF-8, else Windows-1252.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    // Parses a whole file's bytes; the first record is the header. An unterminated quote is
    // reported with the line where the field began.
    static Result<Table> parse(const QByteArray& bytes);
    static QChar detectSeparator(const QString& firstLine);

    // Streaming reader over UTF-8 bytes (checkedUtf8() converts a file first): fields are
    // std::string so large files are read without an allocation per field. Lines are
    // counted as in a text editor; a record spanning lines reports its first line.
    class Reader
    {
    public:
        Reader(QByteArray utf8, char separator);
        // Next non-blank record; false at the end or on error (then error() is set).
        bool next(std::vector<std::string>& fields, int* line);
        const QString& error() const { return m_error; }
        qint64 position() const { return m_pos; }
        qint64 size() const { return m_data.size(); }

    private:
        QByteArray m_data;
        char m_sep;
        qint64 m_pos = 0;
        int m_line = 1;
        QString m_error;
    };
    // The bytes as UTF-8 without BOM (kept when valid UTF-8, else converted from Windows-1252),
    // refusing with a reason (and the line) what would import
    // garbage: NUL bytes, bytes that are neither UTF-8 nor Windows-1252, a file mixing both.
    // UTF-16 with a byte-order mark is read.
    static Result<QByteArray> checkedUtf8(const QByteArray& bytes, QString* encoding = nullptr);
    // A field longer than this ends the reading with an error: a runaway quote must not read
    // gigabytes into one field.
    static constexpr size_t MaxFieldBytes = 4000;

    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
    // apostrophe, so LibreOffice and Excel show it as text; negative numbers stay numbers.
    // formatLine() applies it to every cell Ascolto writes.
    static QString neutralised(const QString& cell);

    // One line of output (no line end), fields neutralised and quoted when they contain ';',
    // '"' or a line break.
    static QString formatLine(const QStringList& fields, QChar separator = QLatin1Char(';'));
    // The whole file: BOM, header, records, CRLF line ends.
    static QByteArray write(const QStringList& header, const QVector<QStringList>& rows,
                            QChar separator = QLatin1Char(';'));
};

} // namespace ascolto
