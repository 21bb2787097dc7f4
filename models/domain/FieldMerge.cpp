#include "FieldMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ascolto::FieldMerge {

namespace {

enum class Side
{
    Mine,
    Theirs
};

QString valueText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Last writer wins: the later stamp; two birth values follow the newer row; two equal stamps
// with different values (written without stamps) the larger value, the same everywhere.
Side lastWriter(const Stamp& a, const Stamp& b, const QJsonValue& va, const QJsonValue& vb,
                bool metaFromTheirs)
{
    if (a.isBirth() && b.isBirth())
        return metaFromTheirs ? Side::Theirs : Side::Mine;
    if (later(b, a))
        return Side::Theirs;
    if (later(a, b))
        return Side::Mine;
    return valueText(vb) > valueText(va) ? Side::Theirs : Side::Mine;
}

Stamp joined(const Stamp& winner, const Stamp& other)
{
    Stamp s = winner;
    for (auto it = other.seen.begin(); it != other.seen.end(); ++it) {
        if (it.value() > s.seen.value(it.key(), 0))
            s.seen.insert(it.key(), it.value());
    }
    return s;
}

} // namespace

QString Stamp::seenText() const
{
    QJsonObject o;
    for (auto it = seen.begin(); it != seen.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> Stamp::parseSeen(const QString& json)
{
    QMap<QString, qint64> out;
    // The usual form, {"device":stamp,...} as SQLite's json_set() and seenText() write it,
    // read without a JSON parser (a large bundle has one per stamped field); anything else
    // goes through QJsonDocument.
    const QStringView text(json);
    if (text.startsWith(u'{') && text.endsWith(u'}')) {
        bool plain = true;
        for (const QStringView entry : text.mid(1, text.size() - 2).split(u',')) {
            const qsizetype colon = entry.lastIndexOf(u':');
            if (colon < 2 || !entry.startsWith(u'"') || entry.at(colon - 1) != u'"') {
                plain = entry.isEmpty() && text.size() == 2;
                break;
            }
            bool ok = false;
            const qint64 hlc = entry.mid(colon + 1).toLongLong(&ok);
            const QStringView device = entry.mid(1, colon - 2);
            if (!ok || device.contains(u'"') || device.contains(u'\\')) {
                plain = false;
                break;
            }
            out.insert(device.toString(), hlc);
        }
        if (plain)
            return out;
        out.clear();
    }
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInteger());
    return out;
}

bool later(const Stamp& a, const Stamp& b)
{
    return a.hlc > b.hlc || (a.hlc == b.hlc && a.device > b.device);
}

bool hasSeen(const Stamp& knower, const Stamp& value)
{
    return value.isBirth() || knower.seen.value(value.device, 0) >= value.hlc;
}

bool dominates(const Stamp& a, const Stamp& b)
{
    for (auto it = b.seen.begin(); it != b.seen.end(); ++it) {
        if (a.seen.value(it.key(), 0) < it.value())
            return false;
    }
    return hasSeen(a, b);
}

QString Stamp::liveText() const
{
    QJsonArray a;
    for (const Tag& t : live)
        a.append(QJsonArray{t.device, t.hlc, t.value});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<Tag> Stamp::parseLive(const QString& json)
{
    QVector<Tag> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray t = v.toArray();
        out.push_back({t.at(0).toString(), t.at(1).toInteger(), t.at(2)});
    }
    return out;
}

QStringList protectiveColumns(const QString& table)
{
    if (table == QLatin1String("debtor"))
        return {QStringLiteral("do_not_contact"), QStringLiteral("hold_reason"),
                QStringLiteral("vulnerability")};
    if (table == QLatin1String("contact"))
        return {QStringLiteral("opt_out"), QStringLiteral("consent")};
    return {};
}

bool protects(const QString& column, const QJsonValue& value)
{
    if (column == QLatin1String("consent"))
        return value.toString() == QLatin1String("denied");
    if (value.isDouble())
        return value.toInteger() != 0;
    return !value.isNull() && !value.isUndefined() && !value.toString().isEmpty();
}

namespace {

// The live sets of a copy's protective column; a value set at birth is one (device "").
QVector<Tag> liveOf(const QString& column, const QJsonValue& value, const Stamp& s)
{
    if (s.isBirth())
        return protects(column, value) ? QVector<Tag>{{QString(), 0, value}} : QVector<Tag>{};
    return s.live;
}

// A copy with this knowledge had seen the tag (a birth set only once it had any stamp).
bool sawTag(const Stamp& knower, const Tag& t)
{
    if (t.hlc == 0)
        return !knower.isBirth();
    return knower.seen.value(t.device, 0) >= t.hlc;
}

struct Merged
{
    QJsonValue value;
    Stamp stamp;
    Side side; // the copy whose value it is (mine when both hold it)
};

// Last writer wins for an ordinary field.
Merged byClock(const QJsonValue& va, const Stamp& a, const QJsonValue& vb, const Stamp& b,
               bool metaFromTheirs)
{
    const Side side = lastWriter(a, b, va, vb, metaFromTheirs);
    const Stamp& w = side == Side::Theirs ? b : a;
    const Stamp& l = side == Side::Theirs ? a : b;
    return {side == Side::Theirs ? vb : va, joined(w, l), side};
}

// Observed-remove for a protective column: the sets alive on both sides, and those alive on
// one side that the other had not seen, survive; the value is the latest surviving set's, or
// when none survives the later clear.
Merged byTags(const QString& column, const QJsonValue& va, const Stamp& a, const QJsonValue& vb,
              const Stamp& b, bool metaFromTheirs)
{
    const QVector<Tag> ea = liveOf(column, va, a), eb = liveOf(column, vb, b);
    QVector<Tag> live;
    for (const Tag& t : ea) {
        if (eb.contains(t) || !sawTag(b, t))
            live.push_back(t);
    }
    for (const Tag& t : eb) {
        if (!ea.contains(t) && !sawTag(a, t))
            live.push_back(t);
    }
    std::sort(live.begin(), live.end(), [](const Tag& x, const Tag& y) {
        return x.hlc != y.hlc ? x.hlc < y.hlc : x.device < y.device;
    });
    Merged m;
    if (!live.isEmpty()) {
        const Tag& top = live.last();
        m.value = top.value;
        m.stamp.hlc = top.hlc;
        m.stamp.device = top.device;
        m.side = va == top.value ? Side::Mine : vb == top.value ? Side::Theirs : Side::Mine;
    } else {
        const bool pa = protects(column, va), pb = protects(column, vb);
        const Merged lww = byClock(va, a, vb, b, metaFromTheirs);
        m = (pa == pb) ? lww : Merged{pa ? vb : va, pa ? b : a, pa ? Side::Theirs : Side::Mine};
    }
    m.stamp.seen = joined(a, b).seen;
    // Birth on both sides and nothing alive: nothing to remember.
    m.stamp.live = (m.stamp.hlc == 0 && m.stamp.seen.isEmpty()) ? QVector<Tag>{} : live;
    if (m.stamp.hlc == 0 && m.stamp.seen.isEmpty())
        m.stamp = Stamp{};
    return m;
}

} // namespace

Outcome merge(const QString& table, const QStringList& fields, const Copy& mine, const Copy& theirs)
{
    Outcome out;
    out.metaFromTheirs = theirs.version > mine.version ||
                         (theirs.version == mine.version && theirs.device > mine.device);
    const QStringList protective = protectiveColumns(table);
    for (const QString& f : fields) {
        const QJsonValue va = mine.values.value(f), vb = theirs.values.value(f);
        const auto sa = mine.stamps.constFind(f), sb = theirs.stamps.constFind(f);
        // Neither copy wrote it since the row was made, and they agree: nothing to decide.
        if (sa == mine.stamps.cend() && sb == theirs.stamps.cend() && va == vb)
            continue;
        const Stamp a = sa == mine.stamps.cend() ? Stamp{} : *sa;
        const Stamp b = sb == theirs.stamps.cend() ? Stamp{} : *sb;
        Merged m = byClock(va, a, vb, b, out.metaFromTheirs);
        if (protective.contains(f)) {
            const Merged tags = byTags(f, va, a, vb, b, out.metaFromTheirs);
            if (protects(f, tags.value) && !protects(f, m.value))
                ++out.protectionsKept;
            m = tags;
        }
        if (m.value != va)
            out.values.insert(f, m.value);
        if (m.stamp != a)
            out.stamps.insert(f, m.stamp);
        if (m.value != vb || m.stamp != b)
            out.differsFromTheirs = true;
        // The value that lost, when its writer's edit was not seen by the winner's.
        const bool mineLost = m.value != va, theirsLost = m.value != vb;
        if (mineLost == theirsLost)
            continue;
        const Stamp& loser = mineLost ? a : b;
        const Stamp& winner = mineLost ? b : a;
        if (!hasSeen(winner, loser))
            out.conflicts.push_back({f, mineLost ? va : vb, loser, winner});
    }
    return out;
}

} // namespace ascolto::FieldMerge
