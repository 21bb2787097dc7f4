#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/CodiceFiscale.h"
#include "domain/Iban.h"
#include "domain/PagoPaNotice.h"
#include "domain/PartitaIva.h"
#include "domain/PhoneNumber.h"

using namespace ascolto;

TEST_CASE("Codice fiscale valid codes decode birth date and sex and place", "[validators][cf]")
{
    const auto mario = CodiceFiscale::validate(QStringLiteral("rssmra85t10a562s"));
    REQUIRE(mario.ok());
    CHECK(mario->code == QStringLiteral("RSSMRA85T10A562S"));
    CHECK(mario->birthDate == QDate(1985, 12, 10));
    CHECK(mario->sex == CodiceFiscale::Sex::Male);
    CHECK(mario->placeCode == QStringLiteral("A562"));

    const auto maria = CodiceFiscale::validate(QStringLiteral("BNCMRA90C55H501Y"));
    REQUIRE(maria.ok());
    CHECK(maria->sex == CodiceFiscale::Sex::Female); // day 55 = 15 + 40
    CHECK(maria->birthDate == QDate(1990, 3, 15));
}

TEST_CASE("Codice fiscale omocodia substitutions are undone", "[validators][cf]")
{
    const auto one = CodiceFiscale::validate(QStringLiteral("RSSMRA85T10A56NH"));
    REQUIRE(one.ok());
    CHECK(one->placeCode == QStringLiteral("A562"));
    const auto two = CodiceFiscale::validate(QStringLiteral("RSSMRA85T10A5NNO"));
    REQUIRE(two.ok());
    CHECK(two->placeCode == QStringLiteral("A522"));
}

TEST_CASE("Codice fiscale errors say what is wrong", "[validators][cf]")
{
    CHECK(CodiceFiscale::validate(QStringLiteral("RSSMRA85T10A562X"))
              .error()
              .contains(QStringLiteral("expected S")));
    CHECK(CodiceFiscale::validate(QStringLiteral("RSSMRA85T10A562"))
              .error()
              .contains(QStringLiteral("15 characters")));
    CHECK(CodiceFiscale::validate(QStringLiteral("RSSMRA85F10A562S"))
              .error()
              .contains(
                  QStringLiteral("check character"))); // F is no month letter, check fails first
    const QString month =
        CodiceFiscale::encode(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1985, 12, 10),
                              CodiceFiscale::Sex::Male, QStringLiteral("A562"));
    QString badMonth = month;
    badMonth[8] = QLatin1Char('F');
    badMonth[15] = CodiceFiscale::checkCharacter(badMonth.left(15));
    CHECK(CodiceFiscale::validate(badMonth).error().contains(QStringLiteral("month letter")));
    QString badDay = month;
    badDay.replace(9, 2, QStringLiteral("32"));
    badDay[15] = CodiceFiscale::checkCharacter(badDay.left(15));
    CHECK(CodiceFiscale::validate(badDay).error().contains(QStringLiteral("does not exist")));
    QString badOmocodia = month;
    badOmocodia[14] = QLatin1Char('A');
    badOmocodia[15] = CodiceFiscale::checkCharacter(badOmocodia.left(15));
    CHECK(CodiceFiscale::validate(badOmocodia).error().contains(QStringLiteral("omocodia")));
}

TEST_CASE("Codice fiscale encoding folds accents and apostrophes", "[validators][cf]")
{
    const QString code =
        CodiceFiscale::encode(QStringLiteral("D'Angelo"), QString::fromUtf8("Nicolò"),
                              QDate(1970, 1, 31), CodiceFiscale::Sex::Male, QStringLiteral("H501"));
    CHECK(code.left(6) == QStringLiteral("DNGNCL"));
    CHECK(CodiceFiscale::validate(code).ok());
    const QString woman =
        CodiceFiscale::encode(QStringLiteral("Fo"), QStringLiteral("Ida"), QDate(2001, 2, 28),
                              CodiceFiscale::Sex::Female, QStringLiteral("F205"));
    CHECK(woman.left(6) == QStringLiteral("FOXDIA"));
    CHECK(woman.mid(9, 2) == QStringLiteral("68"));
    CHECK(CodiceFiscale::validate(woman)->birthDate == QDate(2001, 2, 28));
}

TEST_CASE("Partita IVA check digit and office code", "[validators][piva]")
{
    CHECK(PartitaIva::validate(QStringLiteral("01234560157")).ok());
    CHECK(PartitaIva::validate(QStringLiteral("IT 07110160376")).value() ==
          QStringLiteral("07110160376"));
    CHECK(PartitaIva::validate(QStringLiteral("01234560158"))
              .error()
              .contains(QStringLiteral("expected 7")));
    CHECK(PartitaIva::validate(QStringLiteral("0123456015"))
              .error()
              .contains(QStringLiteral("10 digits")));
    CHECK(PartitaIva::validate(QStringLiteral("0123456A157"))
              .error()
              .contains(QStringLiteral("digits only")));
    // Office code 300 does not exist; the check digit is right for it.
    const QString base = QStringLiteral("1234567300");
    const QString badOffice = base + QString::number(PartitaIva::checkDigit(base));
    CHECK(PartitaIva::validate(badOffice).error().contains(QStringLiteral("office code")));
}

TEST_CASE("IBAN mod 97 and the Italian CIN", "[validators][iban]")
{
    const auto ok = Iban::validate(QStringLiteral("IT60 X054 2811 1010 0000 0123 456"));
    REQUIRE(ok.ok());
    CHECK(ok.value() == QStringLiteral("IT60X0542811101000000123456"));
    CHECK(Iban::formatted(ok.value()) == QStringLiteral("IT60 X054 2811 1010 0000 0123 456"));
    CHECK(Iban::validate(QStringLiteral("IT61X0542811101000000123456"))
              .error()
              .contains(QStringLiteral("check digits")));
    CHECK(Iban::validate(QStringLiteral("IT60X054281110100000012345"))
              .error()
              .contains(QStringLiteral("IT IBANs have 27")));
    // Right mod 97 but wrong CIN: rebuild the check digits around a wrong CIN letter.
    const QString bban = QStringLiteral("Y0542811101000000123456");
    const QString wrongCin =
        QStringLiteral("IT") + Iban::checkDigits(QStringLiteral("IT"), bban) + bban;
    CHECK(Iban::validate(wrongCin).error().contains(QStringLiteral("CIN Y (expected X)")));
    CHECK(Iban::validate(QStringLiteral("DE89370400440532013000")).ok());
}

TEST_CASE("PagoPA notice numbers", "[validators][pagopa]")
{
    CHECK(PagoPaNotice::validate(QStringLiteral("302000000000123415")).ok());
    CHECK(PagoPaNotice::validate(QStringLiteral("3020 0000 0000 1234 15")).ok());
    CHECK(PagoPaNotice::validate(QStringLiteral("001000000000123465")).ok()); // aux 0
    CHECK(PagoPaNotice::validate(QStringLiteral("212345678901234544")).ok()); // aux 2
    CHECK(PagoPaNotice::validate(QStringLiteral("112345678901234567")).ok()); // aux 1, no check
    CHECK(PagoPaNotice::validate(QStringLiteral("302000000000123416"))
              .error()
              .contains(QStringLiteral("expected 15")));
    CHECK(PagoPaNotice::validate(QStringLiteral("502000000000123415"))
              .error()
              .contains(QStringLiteral("aux digit 5")));
    CHECK(PagoPaNotice::validate(QStringLiteral("30200000000012341"))
              .error()
              .contains(QStringLiteral("17 digits")));
    CHECK(PagoPaNotice::makeAux3(2, QStringLiteral("0000000001234")) ==
          QStringLiteral("302000000000123415"));
}

TEST_CASE("Italian phone numbers are normalised to +39", "[validators][phone]")
{
    auto e164 = [](const char* in) {
        const auto r = PhoneNumber::parse(QString::fromUtf8(in));
        INFO(in << ": " << r.error().toStdString());
        REQUIRE(r.ok());
        return r->e164;
    };
    CHECK(e164("347 123 4567") == QStringLiteral("+393471234567"));
    CHECK(e164("+39 347-123.4567") == QStringLiteral("+393471234567"));
    CHECK(e164("0039 06 1234567") == QStringLiteral("+39061234567"));
    CHECK(e164("(02) 1234/5678") == QStringLiteral("+390212345678"));
    CHECK(e164("800 123456") == QStringLiteral("+39800123456"));
    CHECK(e164("+41 44 668 18 00") == QStringLiteral("+41446681800"));
    CHECK(PhoneNumber::parse(QStringLiteral("347 1234567"))->kind == PhoneNumber::Kind::Mobile);
    CHECK(PhoneNumber::parse(QStringLiteral("06 1234567"))->kind == PhoneNumber::Kind::Landline);
    CHECK(PhoneNumber::parse(QStringLiteral("347 12"))
              .error()
              .contains(QStringLiteral("9 or 10 digits")));
    CHECK(PhoneNumber::parse(QStringLiteral("547 1234567"))
              .error()
              .contains(QStringLiteral("start with 0")));
    CHECK(
        PhoneNumber::parse(QStringLiteral("347 123 45x7")).error().contains(QStringLiteral("'x'")));
    CHECK(PhoneNumber::parse(QStringLiteral("3471234567"))->display() ==
          QStringLiteral("+39 347 123 4567"));
}
