#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "io/Csv.h"

using namespace ascolto;

TEST_CASE("CSV text is UTF-8 with or without BOM, or Windows-1252", "[csv]")
{
    QString encoding;
    CHECK(Csv::decode(QByteArray("\xEF\xBB\xBFNicol\xC3\xB2"), &encoding) ==
          QString::fromUtf8("Nicolò"));
    CHECK(encoding == QStringLiteral("UTF-8"));
    CHECK(Csv::decode(QByteArray("Nicol\xC3\xB2"), &encoding) == QString::fromUtf8("Nicolò"));
    CHECK(Csv::decode(QByteArray("Nicol\xF2 \x80 12 \x93ok\x94"), &encoding) ==
          QString::fromUtf8("Nicolò € 12 “ok”"));
    CHECK(encoding == QStringLiteral("Windows-1252"));
}

TEST_CASE("CSV records keep separators, quotes and line breaks inside quoted fields", "[csv]")
{
    const QByteArray file =
        "\xEF\xBB\xBF"
        "codice;nome;importo;note\r\n"
        "C1;\"D'Angelo; Nicol\xC3\xB2\";1.234,56;\"disse \"\"pago\"\"\r\nluned\xC3\xAC\"\r\n"
        "\r\n"
        "C2;Rossi;12,50;\r\n";
    const auto t = Csv::parse(file);
    REQUIRE(t.ok());
    CHECK(t->separator == QLatin1Char(';'));
    CHECK(t->header == (QStringList{QStringLiteral("codice"), QStringLiteral("nome"),
                                    QStringLiteral("importo"), QStringLiteral("note")}));
    REQUIRE(t->records.size() == 2);
    CHECK(t->records[0].line == 2);
    CHECK(t->records[0].fields[1] == QString::fromUtf8("D'Angelo; Nicolò"));
    CHECK(t->records[0].fields[3] == QString::fromUtf8("disse \"pago\"\nlunedì"));
    CHECK(t->records[1].line == 5); // after the two-line field and a blank line
    CHECK(t->records[1].fields == (QStringList{QStringLiteral("C2"), QStringLiteral("Rossi"),
                                               QStringLiteral("12,50"), QString()}));
}

TEST_CASE("CSV separators are detected and broken quotes reported with their line", "[csv]")
{
    const auto comma = Csv::parse("code,name,amount\nC1,\"Rossi, Mario\",1234.56\n");
    REQUIRE(comma.ok());
    CHECK(comma->separator == QLatin1Char(','));
    CHECK(comma->records[0].fields[1] == QStringLiteral("Rossi, Mario"));
    CHECK(comma->encoding == QStringLiteral("UTF-8"));
    const auto broken = Csv::parse("a;b\n1;2\n3;\"never closed\n4;5\n");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error() ==
          QStringLiteral("line 3: a quoted field is never closed (a missing \")"));
    CHECK(Csv::parse("").error().contains(QStringLiteral("empty")));
    const auto noFinalNewline = Csv::parse("a;b\n1;2");
    REQUIRE(noFinalNewline.ok());
    CHECK(noFinalNewline->records.size() == 1);
}

TEST_CASE("CSV written for Italian spreadsheets reads back the same", "[csv]")
{
    const QVector<QStringList> rows = {
        {QString::fromUtf8("Nicolò D'Angelo"), QStringLiteral("1.234,56"), QStringLiteral("a;b")},
        {QStringLiteral("Rossi"), QStringLiteral("-3,50"),
         QStringLiteral("he said \"no\"\nthen left")}};
    const QByteArray out = Csv::write(
        {QStringLiteral("Debitore"), QStringLiteral("Importo"), QStringLiteral("Note")}, rows);
    CHECK(out.startsWith("\xEF\xBB\xBF"
                         "Debitore;Importo;Note\r\n"));
    CHECK(out.contains("\"a;b\""));
    const auto back = Csv::parse(out);
    REQUIRE(back.ok());
    REQUIRE(back->records.size() == 2);
    CHECK(back->records[0].fields == rows[0]);
    CHECK(back->records[1].fields == rows[1]);
}
