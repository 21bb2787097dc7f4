#include "Csv.h"

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

} // namespace

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

QByteArray Csv::utf8(const QByteArray& bytes, QString* encoding)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    if (isValidUtf8(b)) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return b;
    }
    return decode(b, encoding).toUtf8();
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

QString Csv::formatLine(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
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
