#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/FieldMerge.h"
#include "domain/PaymentAllocator.h"
#include "domain/Role.h"
#include "domain/TextFold.h"

#include <QRandomGenerator>

using namespace ascolto;

TEST_CASE("Payments settle the oldest bill first", "[allocation]")
{
    const QVector<PaymentAllocator::OpenItem> open = {
        {QStringLiteral("b"), QDate(2026, 9, 1), Money::fromCents(5000)},
        {QStringLiteral("a"), QDate(2026, 8, 1), Money::fromCents(3000)},
        {QStringLiteral("c"), QDate(2026, 10, 1), Money::fromCents(7000)}};
    const auto plan = PaymentAllocator::allocate(Money::fromCents(6000), open, {}, false);
    REQUIRE(plan.ok());
    REQUIRE(plan->allocations.size() == 2);
    CHECK(plan->allocations[0].id == QStringLiteral("a"));
    CHECK(plan->allocations[0].amount.cents() == 3000);
    CHECK(plan->allocations[1].id == QStringLiteral("b"));
    CHECK(plan->allocations[1].amount.cents() == 3000);
    CHECK(plan->credit.isZero());
}

TEST_CASE("Payments can go to chosen bills and over-payment needs a credit choice", "[allocation]")
{
    const QVector<PaymentAllocator::OpenItem> open = {
        {QStringLiteral("a"), QDate(2026, 8, 1), Money::fromCents(3000)},
        {QStringLiteral("c"), QDate(2026, 10, 1), Money::fromCents(7000)}};
    const auto chosen =
        PaymentAllocator::allocate(Money::fromCents(7000), open, {QStringLiteral("c")}, false);
    REQUIRE(chosen.ok());
    REQUIRE(chosen->allocations.size() == 1);
    CHECK(chosen->allocations[0].id == QStringLiteral("c"));

    const auto over = PaymentAllocator::allocate(Money::fromCents(12000), open, {}, false);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().contains(QStringLiteral("credit")));
    const auto credit = PaymentAllocator::allocate(Money::fromCents(12000), open, {}, true);
    REQUIRE(credit.ok());
    CHECK(credit->credit.cents() == 2000);

    CHECK_FALSE(PaymentAllocator::allocate(Money(), open, {}, true).ok());
    CHECK_FALSE(PaymentAllocator::allocate(Money::fromCents(-5), open, {}, true).ok());
    CHECK_FALSE(
        PaymentAllocator::allocate(Money::fromCents(5), open, {QStringLiteral("zz")}, true).ok());
}

TEST_CASE("Text folding for search", "[search]")
{
    CHECK(TextFold::fold(QString::fromUtf8("Nicolò")) == QStringLiteral("nicolo"));
    CHECK(TextFold::fold(QStringLiteral("NICOLO")) == QStringLiteral("nicolo"));
    CHECK(TextFold::fold(QStringLiteral("D'Angelo")) == QStringLiteral("dangelo"));
    CHECK(TextFold::fold(QString::fromUtf8("D’Angelo")) == QStringLiteral("dangelo"));
    CHECK(TextFold::fold(QString::fromUtf8("  Forlì -  Cesena ")) ==
          QStringLiteral("forli cesena"));
}

TEST_CASE("Roles round-trip through their stored codes", "[roles]")
{
    for (Role r : {Role::Operator, Role::TeamLead, Role::Admin})
        CHECK(RoleText::fromCode(RoleText::code(r)) == r);
    CHECK_FALSE(RoleText::fromCode(QStringLiteral("boss")).has_value());
}

TEST_CASE("Search terms split words from codes and phone numbers", "[search]")
{
    auto t = TextFold::searchTerms(QString::fromUtf8("Nicolò D'Angelo"));
    CHECK(t.words == (QStringList{QStringLiteral("nicolo"), QStringLiteral("dangelo")}));
    CHECK(t.codes.isEmpty());
    t = TextFold::searchTerms(QStringLiteral("d angelo"));
    CHECK(t.words == QStringList{QStringLiteral("angelo")}); // single letters are too broad
    t = TextFold::searchTerms(QStringLiteral("347 123 4567"));
    CHECK(t.phoneDigits == QStringLiteral("3471234567"));
    CHECK(t.codes == QStringList{QStringLiteral("3471234567")});
    t = TextFold::searchTerms(QStringLiteral("+39 06 123"));
    CHECK(t.phoneDigits == QStringLiteral("06123"));
    t = TextFold::searchTerms(QStringLiteral("rossi c0001"));
    CHECK(t.words == QStringList{QStringLiteral("rossi")});
    CHECK(t.codes == QStringList{QStringLiteral("C0001")});
    t = TextFold::searchTerms(QStringLiteral("2026/000123"));
    CHECK(t.codes == QStringList{QStringLiteral("2026/000123")});
    CHECK(t.phoneDigits.isEmpty());
    CHECK(TextFold::searchTerms(QStringLiteral("  ")).isEmpty());
    // The start of a codice fiscale is letters only: a word and a tax-code prefix.
    t = TextFold::searchTerms(QStringLiteral("frnfrc"));
    CHECK(t.words == QStringList{QStringLiteral("frnfrc")});
    CHECK(t.taxCodePrefix == QStringLiteral("FRNFRC"));
    CHECK(TextFold::searchTerms(QStringLiteral("rossi mario")).taxCodePrefix.isEmpty());
    CHECK(TextFold::searchTerms(QStringLiteral("ros")).taxCodePrefix.isEmpty());
    // An e-mail with digits is words, not a code.
    t = TextFold::searchTerms(QStringLiteral("mario.rossi80@example.it"));
    CHECK(t.codes.isEmpty());
    CHECK(t.words == (QStringList{QStringLiteral("mario"), QStringLiteral("rossi80"),
                                  QStringLiteral("example"), QStringLiteral("it")}));
    CHECK(TextFold::ftsPrefixQuery({QStringLiteral("nicolo"), QStringLiteral("ros")}) ==
          QStringLiteral("\"nicolo\"* \"ros\"*"));
}

namespace {

using FieldMerge::Copy;
using FieldMerge::Stamp;

Stamp stamp(qint64 hlc, const QString& device, QMap<QString, qint64> seen = {})
{
    Stamp s;
    s.hlc = hlc;
    s.device = device;
    seen.insert(device, hlc);
    s.seen = seen;
    return s;
}

Copy debtorCopy(qint64 version, const QString& device)
{
    Copy c;
    c.version = version;
    c.device = device;
    c.values = {{QStringLiteral("city"), QStringLiteral("Bari")},
                {QStringLiteral("notes"), QStringLiteral("")},
                {QStringLiteral("do_not_contact"), 0},
                {QStringLiteral("hold_reason"), QJsonValue::Null},
                {QStringLiteral("hold_until"), QJsonValue::Null}};
    return c;
}

const QStringList kFields{QStringLiteral("city"), QStringLiteral("notes"),
                          QStringLiteral("do_not_contact"), QStringLiteral("hold_reason"),
                          QStringLiteral("hold_until")};

// A copy with an edit of one field, as a store writes it after the copy it holds.
Copy edited(Copy c, const QString& field, const QJsonValue& value, qint64 hlc,
            const QString& device)
{
    const Stamp before = c.stamps.value(field);
    c.values[field] = value;
    c.stamps[field] = stamp(hlc, device, before.seen);
    // As the stamp trigger writes it: a set is a live tag, a clear leaves none.
    if (FieldMerge::protectiveColumns(QStringLiteral("debtor")).contains(field) &&
        FieldMerge::protects(field, value))
        c.stamps[field].live = {{device, hlc, value}};
    ++c.version;
    c.device = device;
    return c;
}

// The copy `mine` becomes after merging `theirs` in, as storage writes the outcome.
Copy merged(Copy mine, const Copy& theirs)
{
    const FieldMerge::Outcome o =
        FieldMerge::merge(QStringLiteral("debtor"), kFields, mine, theirs);
    for (auto it = o.values.begin(); it != o.values.end(); ++it)
        mine.values[it.key()] = it.value();
    for (auto it = o.stamps.begin(); it != o.stamps.end(); ++it)
        mine.stamps[it.key()] = it.value();
    if (o.metaFromTheirs) {
        mine.version = theirs.version;
        mine.device = theirs.device;
    }
    return mine;
}

} // namespace

TEST_CASE("Two offices editing different fields of a row both keep their edit", "[sync][merge]")
{
    const Copy base = debtorCopy(1, QStringLiteral("ho"));
    const Copy ho = edited(base, QStringLiteral("notes"), QStringLiteral("richiamare"), 100,
                           QStringLiteral("ho"));
    const Copy branch =
        edited(base, QStringLiteral("city"), QStringLiteral("Lecce"), 90, QStringLiteral("br"));
    const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, ho, branch);
    CHECK(o.values == QJsonObject{{QStringLiteral("city"), QStringLiteral("Lecce")}});
    CHECK(o.conflicts.isEmpty());
    CHECK(o.differsFromTheirs); // the branch lacks head office's note
    CHECK(merged(ho, branch).values == merged(branch, ho).values);
    CHECK(merged(ho, branch).values.value(QStringLiteral("notes")) == QStringLiteral("richiamare"));
}

TEST_CASE("The same field edited at two offices: the later write wins everywhere and the other "
          "is a conflict",
          "[sync][merge]")
{
    const Copy base = debtorCopy(1, QStringLiteral("ho"));
    const Copy ho =
        edited(base, QStringLiteral("city"), QStringLiteral("Milano"), 100, QStringLiteral("ho"));
    const Copy branch =
        edited(base, QStringLiteral("city"), QStringLiteral("Lecce"), 120, QStringLiteral("br"));
    const auto atHo = FieldMerge::merge(QStringLiteral("debtor"), kFields, ho, branch);
    const auto atBranch = FieldMerge::merge(QStringLiteral("debtor"), kFields, branch, ho);
    CHECK(merged(ho, branch).values.value(QStringLiteral("city")) == QStringLiteral("Lecce"));
    CHECK(merged(branch, ho).values.value(QStringLiteral("city")) == QStringLiteral("Lecce"));
    REQUIRE(atHo.conflicts.size() == 1);
    REQUIRE(atBranch.conflicts.size() == 1);
    CHECK(atHo.conflicts.first().loserValue == QStringLiteral("Milano"));
    CHECK(atBranch.conflicts.first().loser == atHo.conflicts.first().loser);
    // Equal clocks: the larger device id ("ho" > "br") decides, the same way on both sides.
    const Copy tie =
        edited(base, QStringLiteral("city"), QStringLiteral("Lecce"), 100, QStringLiteral("br"));
    CHECK(merged(ho, tie).values.value(QStringLiteral("city")) == QStringLiteral("Milano"));
    CHECK(merged(tie, ho).values.value(QStringLiteral("city")) == QStringLiteral("Milano"));
}

TEST_CASE("A value the winner had seen is its ancestor, not a conflict, however long the chain",
          "[sync][merge]")
{
    const Copy base = debtorCopy(1, QStringLiteral("ho"));
    const Copy branch =
        edited(base, QStringLiteral("city"), QStringLiteral("Lecce"), 90, QStringLiteral("br"));
    // Head office receives it, then edits the field twice.
    Copy ho = merged(base, branch);
    ho = edited(ho, QStringLiteral("city"), QStringLiteral("Bari"), 100, QStringLiteral("ho"));
    ho = edited(ho, QStringLiteral("city"), QStringLiteral("Taranto"), 110, QStringLiteral("ho"));
    const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, branch, ho);
    CHECK(o.values.value(QStringLiteral("city")) == QStringLiteral("Taranto"));
    CHECK(o.conflicts.isEmpty());
    CHECK_FALSE(o.differsFromTheirs);
}

TEST_CASE("A relay cannot hide an edit: an old concurrent value is a conflict wherever it meets "
          "the newer one",
          "[sync][merge]")
{
    // Issue 16, case 4: B edits; head office edits twice; A receives that and edits; head office
    // relays A's copy to B. B's edit is older than everything it meets, but nobody had seen it.
    const Copy base = debtorCopy(1, QStringLiteral("ho"));
    const Copy b =
        edited(base, QStringLiteral("notes"), QStringLiteral("da B"), 50, QStringLiteral("b"));
    Copy ho = edited(base, QStringLiteral("notes"), QStringLiteral("h1"), 60, QStringLiteral("ho"));
    ho = edited(ho, QStringLiteral("notes"), QStringLiteral("h2"), 70, QStringLiteral("ho"));
    Copy a = merged(base, ho);
    a = edited(a, QStringLiteral("notes"), QStringLiteral("da A"), 80, QStringLiteral("a"));
    const Copy relayed = merged(ho, a);
    const auto atB = FieldMerge::merge(QStringLiteral("debtor"), kFields, b, relayed);
    CHECK(atB.values.value(QStringLiteral("notes")) == QStringLiteral("da A"));
    REQUIRE(atB.conflicts.size() == 1);
    CHECK(atB.conflicts.first().loserValue == QStringLiteral("da B"));
    // Head office meeting B's copy directly finds the same conflict (the same losing stamp).
    const auto atHo = FieldMerge::merge(QStringLiteral("debtor"), kFields, relayed, b);
    REQUIRE(atHo.conflicts.size() == 1);
    CHECK(atHo.conflicts.first().loser == atB.conflicts.first().loser);
    CHECK(atHo.values.isEmpty());
}

TEST_CASE("A copy that descends from mine merges into exactly itself", "[sync][merge]")
{
    // What storage takes in bulk without a merge (FieldMerge.h): theirs is mine plus edits.
    Copy mine = debtorCopy(3, QStringLiteral("br"));
    mine = edited(mine, QStringLiteral("city"), QStringLiteral("Lecce"), 40, QStringLiteral("br"));
    mine = edited(mine, QStringLiteral("do_not_contact"), 1, 45, QStringLiteral("br"));
    SECTION("an edit of a field nobody had stamped, and of one mine had stamped")
    {
        Copy theirs = merged(debtorCopy(3, QStringLiteral("br")), mine);
        theirs.version = mine.version;
        theirs = edited(theirs, QStringLiteral("notes"), QStringLiteral("richiamare"), 90,
                        QStringLiteral("ho"));
        theirs = edited(theirs, QStringLiteral("city"), QStringLiteral("Brindisi"), 95,
                        QStringLiteral("ho"));
        const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, mine, theirs);
        CHECK(o.metaFromTheirs);
        CHECK(o.values == QJsonObject{{QStringLiteral("notes"), QStringLiteral("richiamare")},
                                      {QStringLiteral("city"), QStringLiteral("Brindisi")}});
        CHECK(o.stamps.keys() == QStringList{QStringLiteral("city"), QStringLiteral("notes")});
        CHECK(o.stamps.value(QStringLiteral("city")) ==
              theirs.stamps.value(QStringLiteral("city")));
        CHECK(o.stamps.value(QStringLiteral("notes")) ==
              theirs.stamps.value(QStringLiteral("notes")));
        CHECK(o.conflicts.isEmpty());
        CHECK_FALSE(o.differsFromTheirs);
    }
    SECTION("a value neither stamped follows the newer row")
    {
        Copy theirs = mine;
        theirs.values[QStringLiteral("hold_until")] = QStringLiteral("2026-12-31");
        theirs.version = mine.version + 1;
        const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, mine, theirs);
        CHECK(o.values ==
              QJsonObject{{QStringLiteral("hold_until"), QStringLiteral("2026-12-31")}});
        CHECK(o.stamps.isEmpty());
        CHECK_FALSE(o.differsFromTheirs);
        // Not a descendant: the older row's value does not come in.
        theirs.version = mine.version - 1;
        CHECK(FieldMerge::merge(QStringLiteral("debtor"), kFields, mine, theirs).values.isEmpty());
    }
}

TEST_CASE("Protections only tighten: a clear beats only the sets it had seen", "[sync][merge]")
{
    const Copy base = debtorCopy(1, QStringLiteral("ho"));
    const Copy set = edited(base, QStringLiteral("do_not_contact"), 1, 100, QStringLiteral("ho"));
    SECTION("a clear made after seeing the set wins")
    {
        Copy branch = merged(base, set);
        branch = edited(branch, QStringLiteral("do_not_contact"), 0, 120, QStringLiteral("br"));
        CHECK(merged(set, branch).values.value(QStringLiteral("do_not_contact")) == 0);
        CHECK(merged(branch, set).values.value(QStringLiteral("do_not_contact")) == 0);
    }
    SECTION("a later clear that had not seen a new set leaves the protection")
    {
        // The branch clears the set it saw; head office, meanwhile, cleared and set it again.
        Copy branch = merged(base, set);
        branch = edited(branch, QStringLiteral("do_not_contact"), 0, 150, QStringLiteral("br"));
        Copy ho = edited(set, QStringLiteral("do_not_contact"), 0, 110, QStringLiteral("ho"));
        ho = edited(ho, QStringLiteral("do_not_contact"), 1, 120, QStringLiteral("ho"));
        const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, ho, branch);
        CHECK(o.values.isEmpty());
        CHECK(o.protectionsKept == 1);
        REQUIRE(o.conflicts.size() == 1);
        CHECK(o.conflicts.first().loserValue == 0);
        const Copy atBranch = merged(branch, ho);
        CHECK(atBranch.values.value(QStringLiteral("do_not_contact")) == 1);
        // Met again, the clear still loses: the merged knowledge has not seen the new set
        // from the clear's side.
        CHECK(merged(atBranch, branch).values.value(QStringLiteral("do_not_contact")) == 1);
        // A clear made after seeing it, at last, wins everywhere.
        const Copy cleared =
            edited(atBranch, QStringLiteral("do_not_contact"), 0, 200, QStringLiteral("br"));
        CHECK(merged(ho, cleared).values.value(QStringLiteral("do_not_contact")) == 0);
    }
    SECTION("a hold stands against a concurrent clear; its date merges by clock")
    {
        Copy held = edited(base, QStringLiteral("hold_reason"), QStringLiteral("dispute"), 100,
                           QStringLiteral("ho"));
        held = edited(held, QStringLiteral("hold_until"), QStringLiteral("2026-12-31"), 101,
                      QStringLiteral("ho"));
        // A clear made without seeing the hold, with a later clock, and its date cleared too.
        Copy lone = edited(base, QStringLiteral("hold_reason"), QStringLiteral(""), 300,
                           QStringLiteral("br"));
        lone =
            edited(lone, QStringLiteral("hold_until"), QJsonValue::Null, 301, QStringLiteral("br"));
        const Copy m = merged(lone, held);
        CHECK(m.values.value(QStringLiteral("hold_reason")) == QStringLiteral("dispute"));
        // The date merges by clock: the later clear blanks it (an open-ended hold, the safe
        // side), and the date it blanked is in the conflict log for the team lead.
        CHECK(m.values.value(QStringLiteral("hold_until")).isNull());
        const auto o = FieldMerge::merge(QStringLiteral("debtor"), kFields, held, lone);
        REQUIRE(o.conflicts.size() == 2);
        CHECK(o.conflicts.at(1).loserValue == QStringLiteral("2026-12-31"));
    }
    SECTION("a contact's opt-out and denied consent")
    {
        CHECK(FieldMerge::protects(QStringLiteral("consent"), QStringLiteral("denied")));
        CHECK_FALSE(FieldMerge::protects(QStringLiteral("consent"), QStringLiteral("granted")));
        CHECK(FieldMerge::protects(QStringLiteral("opt_out"), 1));
        CHECK_FALSE(FieldMerge::protects(QStringLiteral("opt_out"), 0));
        CHECK(FieldMerge::protectiveColumns(QStringLiteral("contact")).size() == 2);
    }
}

TEST_CASE("Fields nobody stamped follow the newer row, as before field stamps", "[sync][merge]")
{
    Copy mine = debtorCopy(3, QStringLiteral("ho"));
    Copy theirs = debtorCopy(4, QStringLiteral("br"));
    theirs.values[QStringLiteral("city")] = QStringLiteral("Lecce");
    CHECK(merged(mine, theirs).values.value(QStringLiteral("city")) == QStringLiteral("Lecce"));
    CHECK(merged(theirs, mine).values.value(QStringLiteral("city")) == QStringLiteral("Lecce"));
    CHECK(FieldMerge::merge(QStringLiteral("debtor"), kFields, mine, theirs).conflicts.isEmpty());
    // A protection nobody stamped still stands against an unstamped clear.
    mine.values[QStringLiteral("do_not_contact")] = 1;
    CHECK(merged(mine, theirs).values.value(QStringLiteral("do_not_contact")) == 1);
}

TEST_CASE("The merge is the same whatever the order: commutative, associative, idempotent",
          "[sync][merge]")
{
    // Random edit histories of one row at three devices that exchange now and then; every
    // way of merging the three final copies gives the same values.
    for (quint32 seed = 1; seed <= 2000; ++seed) {
        QRandomGenerator rng(seed);
        INFO("seed " << seed);
        const QStringList devices{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QVector<Copy> copies(3, debtorCopy(1, QStringLiteral("a")));
        qint64 clock = 100;
        for (int step = 0; step < 12; ++step) {
            const int d = int(rng.bounded(3));
            if (rng.bounded(3) == 0) {
                const int from = int(rng.bounded(3));
                copies[d] = merged(copies[d], copies[from]);
                continue;
            }
            const QString field = kFields.at(int(rng.bounded(kFields.size())));
            QJsonValue value;
            const int pick = int(rng.bounded(4));
            if (field == QLatin1String("do_not_contact"))
                value = pick % 2;
            else if (pick == 0)
                value = QJsonValue::Null; // a clear of a hold
            else
                value = QStringLiteral("v%1").arg(pick);
            // A device's clock runs past everything it holds (HLC).
            qint64 seen = 0;
            for (const Stamp& s : std::as_const(copies[d].stamps))
                seen = qMax(seen, s.hlc);
            clock = qMax(clock, seen) + 1 + rng.bounded(3);
            copies[d] = edited(copies[d], field, value, clock, devices.at(d));
        }
        const Copy& a = copies[0];
        const Copy& b = copies[1];
        const Copy& c = copies[2];
        const QJsonObject expected = merged(merged(a, b), c).values;
        CHECK(merged(merged(b, a), c).values == expected);
        CHECK(merged(a, merged(b, c)).values == expected);
        CHECK(merged(merged(c, b), a).values == expected);
        CHECK(merged(c, merged(a, b)).values == expected);
        CHECK(merged(merged(merged(a, b), c), b).values == expected);
    }
}

TEST_CASE("A field's knowledge reads the same however it was written", "[sync][merge]")
{
    using FieldMerge::Stamp;
    const QMap<QString, qint64> both{
        {QStringLiteral("01a22ece-3ab8-7fd0-8427-ddc53c9de8f4"), 117708003588636672},
        {QStringLiteral("b"), 7}};
    // As SQLite's json_set() and seenText() write it, and as any other JSON writer might.
    CHECK(Stamp::parseSeen(QStringLiteral(
              "{\"01a22ece-3ab8-7fd0-8427-ddc53c9de8f4\":117708003588636672,\"b\":7}")) == both);
    CHECK(Stamp::parseSeen(QStringLiteral(
              "{ \"b\" : 7, \"01a22ece-3ab8-7fd0-8427-ddc53c9de8f4\" : 117708003588636672 }")) ==
          both);
    Stamp s;
    s.seen = both;
    CHECK(Stamp::parseSeen(s.seenText()) == both);
    CHECK(Stamp::parseSeen(QStringLiteral("{}")).isEmpty());
    CHECK(Stamp::parseSeen(QStringLiteral("{\"a\\\"b\":1}")) ==
          QMap<QString, qint64>{{QStringLiteral("a\"b"), 1}});
}
