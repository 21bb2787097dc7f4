#include "Csv.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace ascolto {

namespace {

// Windows-1252 differs from Latin-1 in 0x80-0x9F (euro sign, typographic quotes...).
const char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isValidUtf8(const QByteArray& b)
{
    int i = 0;
    const int n = b.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(b[i]);
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (static_cast<unsigned char>(b[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

// Line (1-based) of byte offset `pos`.
int lineAt(const QByteArray& b, qsizetype pos)
{
    return int(std::count(b.constData(), b.constData() + pos, '\n')) + 1;
}

} // namespace

Result<QByteArray> Csv::checkedUtf8(const QByteArray& bytes, QString* encoding)
{
    using R = Result<QByteArray>;
    const auto setEncoding = [encoding](const char* name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // UTF-16 with a byte-order mark, as Excel's "Unicode text" writes it.
        const bool little = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return R::failure(tr("the file says it is UTF-16 but has an odd number of bytes"));
        QStringDecoder toText(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = toText(QByteArrayView(bytes).sliced(2));
        setEncoding(little ? "UTF-16LE" : "UTF-16BE");
        return text.toUtf8();
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return R::failure(tr("line %1 holds a NUL byte: this is not a text file (or it is "
                             "UTF-16 without a byte-order mark; save it as UTF-8)")
                              .arg(lineAt(bytes, nul)));
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    if (isValidUtf8(b)) {
        setEncoding("UTF-8");
        return b;
    }
    // Not UTF-8. Windows-1252 is plausible only if no byte is undefined in it and no valid
    // UTF-8 sequence of accented letters sits beside the invalid bytes (a file edited with
    // two encodings: each line would come out differently wrong).
    qsizetype firstUtf8 = -1, firstInvalid = -1;
    for (qsizetype i = 0; i < b.size(); ++i) {
        const auto c = uchar(b[i]);
        if (c < 0x80)
            continue;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
            return R::failure(
                tr("line %1: byte 0x%2 is neither UTF-8 nor Windows-1252; save the file as "
                   "UTF-8")
                    .arg(lineAt(b, i))
                    .arg(c, 2, 16, QLatin1Char('0')));
        if (c >= 0xC2 && c <= 0xDF && i + 1 < b.size() && (uchar(b[i + 1]) & 0xC0) == 0x80) {
            if (firstUtf8 < 0)
                firstUtf8 = i;
            ++i;
        } else if (firstInvalid < 0) {
            firstInvalid = i;
        }
    }
    if (firstUtf8 >= 0 && firstInvalid >= 0)
        return R::failure(tr("the file mixes UTF-8 (line %1) and Windows-1252 (line %2); save it "
                             "again in one encoding, UTF-8")
                              .arg(lineAt(b, firstUtf8))
                              .arg(lineAt(b, firstInvalid)));
    return decode(b, encoding).toUtf8();
}

QString Csv::decode(const QByteArray& bytes, QString* encoding)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    if (isValidUtf8(b)) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(b);
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    QString out;
    out.reserve(b.size());
    for (const char ch : b) {
        const unsigned char c = static_cast<unsigned char>(ch);
        out += (c >= 0x80 && c <= 0x9F) ? QChar(kCp1252High[c - 0x80]) : QChar(c);
    }
    return out;
}

Csv::Reader::Reader(QByteArray utf8, char separator)
    : m_data(std::move(utf8))
    , m_sep(separator)
{}

bool Csv::Reader::next(std::vector<std::string>& fields, int* line)
{
    const char* d = m_data.constData();
    const qint64 n = m_data.size();
    while (m_pos < n) {
        fields.clear();
        *line = m_line;
        std::string* field = &fields.emplace_back();
        bool blank = true;
        while (m_pos < n) {
            const char c = d[m_pos];
            if (c == '"' && field->empty()) {
                // Quoted field: up to the closing quote, "" is one quote.
                const int startLine = m_line;
                ++m_pos;
                bool closed = false;
                while (m_pos < n) {
                    const char q = d[m_pos++];
                    if (q == '"') {
                        if (m_pos < n && d[m_pos] == '"') {
                            field->push_back('"');
                            ++m_pos;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        if (q == '\n')
                            ++m_line;
                        if (q != '\r' || m_pos >= n || d[m_pos] != '\n')
                            field->push_back(q);
                        if (field->size() > MaxFieldBytes) {
                            m_error = tr("line %1: a field is longer than %2 bytes (a quote that "
                                         "is never closed?)")
                                          .arg(startLine)
                                          .arg(MaxFieldBytes);
                            return false;
                        }
                    }
                }
                if (!closed) {
                    m_error =
                        tr("line %1: a quoted field is never closed (a missing \")").arg(startLine);
                    return false;
                }
                blank = false;
                continue;
            }
            ++m_pos;
            if (c == m_sep) {
                field = &fields.emplace_back();
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && m_pos < n && d[m_pos] == '\n')
                    ++m_pos;
                ++m_line;
                break;
            } else {
                field->push_back(c);
                blank = false;
                if (field->size() > MaxFieldBytes) {
                    m_error = tr("line %1: a field is longer than %2 bytes")
                                  .arg(m_line)
                                  .arg(MaxFieldBytes);
                    return false;
                }
            }
        }
        if (!blank)
            return true;
    }
    return false;
}

QChar Csv::detectSeparator(const QString& firstLine)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return semicolons >= commas ? QLatin1Char(';') : QLatin1Char(',');
}

Result<Csv::Table> Csv::parse(const QByteArray& bytes)
{
    Table table;
    const QString text = decode(bytes, &table.encoding);
    const int firstBreak = text.indexOf(QLatin1Char('\n'));
    table.separator = detectSeparator(firstBreak < 0 ? text : text.left(firstBreak));

    QVector<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            current.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            current.fields << field;
            field.clear();
            fieldStarted = false;
            const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
            if (!blank)
                records.push_back(current);
            ++line;
            current = Record();
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Result<Table>::failure(
            tr("line %1: a quoted field is never closed (a missing \")").arg(quoteLine));
    if (fieldStarted || !current.fields.isEmpty()) {
        current.fields << field;
        records.push_back(current);
    }
    if (records.isEmpty())
        return Result<Table>::failure(tr("the file is empty"));
    table.header = records.takeFirst().fields;
    for (QString& h : table.header)
        h = h.trimmed();
    table.records = records;
    return table;
}

QString Csv::neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') &&
        c != QLatin1Char('@') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return cell;
    // A negative amount ("-12,50", "-1.234,56") stays a number in the spreadsheet.
    static const QRegularExpression number(
        QStringLiteral("^-[0-9]{1,3}([.]?[0-9]{3})*(,[0-9]+)?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString Csv::formatLine(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& raw : fields) {
        const QString f = neutralised(raw);
        if (f.contains(separator) || f.contains(QLatin1Char('"')) ||
            f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
            f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '))) {
            QString q = f;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(separator);
}

QByteArray Csv::write(const QStringList& header, const QVector<QStringList>& rows, QChar separator)
{
    QByteArray out("\xEF\xBB\xBF");
    out += formatLine(header, separator).toUtf8() + "\r\n";
    for (const QStringList& row : rows)
        out += formatLine(row, separator).toUtf8() + "\r\n";
    return out;
}

} // namespace ascolto
