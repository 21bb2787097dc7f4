#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "io/CallCatalog.h"
#include "io/Outbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ascolto;

TEST_CASE("The built-in scripts cover every call purpose in both languages", "[calls][io]")
{
    const QStringList purposes = {QStringLiteral("caring"),
                                  QStringLiteral("first_reminder"),
                                  QStringLiteral("followup_reminder"),
                                  QStringLiteral("negotiation"),
                                  QStringLiteral("installment_reminder"),
                                  QStringLiteral("broken_promise"),
                                  QStringLiteral("close_the_loop"),
                                  QStringLiteral("inbound")};
    for (const QString& language : {QStringLiteral("it"), QStringLiteral("en")}) {
        const auto lib = CallCatalog::scripts(language);
        INFO(language.toStdString());
        REQUIRE(lib.ok());
        CHECK(lib->language() == language);
        for (const QString& purpose : purposes) {
            const CallScript* script = lib->script(purpose);
            REQUIRE(script);
            QStringList kinds;
            for (const ScriptStep& s : script->steps)
                kinds << s.kind;
            // Opening, then identity, before anything else; satisfaction questions at the end.
            CHECK(kinds.mid(0, 2) ==
                  QStringList{QStringLiteral("opening"), QStringLiteral("identity")});
            for (const char* kind : {"purpose", "listening", "emotion", "solution", "education",
                                     "summary", "closing", "satisfaction"})
                CHECK(kinds.contains(QLatin1String(kind)));
            CHECK(kinds.last() == QStringLiteral("satisfaction"));
        }
        CHECK(lib->thirdPartySteps().size() == 1);
        CHECK(lib->vulnerabilitySteps().size() == 5);
        for (const char* emotion :
             {"angry", "worried", "in_difficulty", "confused", "calm", "evasive"}) {
            CHECK_FALSE(lib->emotion(QLatin1String(emotion)).dos.isEmpty());
            CHECK_FALSE(lib->emotion(QLatin1String(emotion)).avoid.isEmpty());
        }
        const auto templates = CallCatalog::templates(language);
        REQUIRE(templates.ok());
        CHECK(templates->size() == 9);
    }
    CHECK(CallCatalog::scripts(QStringLiteral("it"))
              ->emotion(QStringLiteral("angry"))
              .dos.first()
              .startsWith(QStringLiteral("Lo lasci finire")));
}

TEST_CASE("A client's own script file replaces the built-in script and is checked", "[calls][io]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("ACQUA")));
    QFile f(dir.filePath(QStringLiteral("ACQUA/calls_it.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"language":"it","scripts":[{"purpose":"caring","title":"Cortesia Acqua",
        "steps":[{"kind":"opening","title":"Apertura","text":"Buongiorno da {client}"},
        {"kind":"identity","title":"Identità","text":"Parlo con {debtor}?"},
        {"kind":"purpose","title":"Scopo","text":"La bolletta scade il {next_due}"}]}]})");
    f.close();
    const auto own =
        CallCatalog::scripts(QStringLiteral("it"), QStringLiteral("ACQUA"), dir.path());
    REQUIRE(own.ok());
    CHECK(own->script(QStringLiteral("caring"))->title == QStringLiteral("Cortesia Acqua"));
    CHECK(own->script(QStringLiteral("first_reminder"))->steps.size() == 10); // built-in kept
    // Another client keeps the built-in scripts.
    CHECK(CallCatalog::scripts(QStringLiteral("it"), QStringLiteral("GAS"), dir.path())
              ->script(QStringLiteral("caring"))
              ->steps.size() == 10);

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"scripts":[{"purpose":"caring","steps":[{"kind":"opening","title":"A",
        "text":"Lei deve {outstanding}"},{"kind":"identity","title":"B","text":"Chi parla?"}]}]})");
    f.close();
    const auto bad =
        CallCatalog::scripts(QStringLiteral("it"), QStringLiteral("ACQUA"), dir.path());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("calls_it.json")));
    CHECK(bad.error().contains(QStringLiteral("identity check")));
}

TEST_CASE("Placeholders are filled from the card in the debtor's language", "[calls][io]")
{
    DebtorCard card;
    card.debtor.displayName = QStringLiteral("Nicolò D'Angelo");
    card.summary.outstanding = Money::fromCents(123456);
    card.summary.overdue = Money::fromCents(80000);
    card.summary.oldestOverdueDue = QDate(2026, 9, 30);
    PromiseRecord promise{QDate(2026, 11, 30), Money::fromCents(20000), QStringLiteral("open"), {}};
    card.promises << promise;
    CallCatalog::Context ctx;
    ctx.client.name = QStringLiteral("LuceGas");
    ctx.client.iban = QStringLiteral("IT60X0542811101000000123456");
    ctx.client.supportPhone = QStringLiteral("800 123 456");
    ctx.operatorName = QStringLiteral("Anna Bianchi");
    ctx.today = QDate(2026, 11, 23);
    InvoiceRecord old;
    old.number = QStringLiteral("F-100");
    old.dueDate = QDate(2026, 9, 30);
    old.amount = Money::fromCents(80000);
    old.pagopaNotice = QStringLiteral("301000000000000017");
    InvoiceRecord next;
    next.number = QStringLiteral("F-200");
    next.dueDate = QDate(2026, 12, 1);
    next.amount = Money::fromCents(43456);
    ctx.openBills = {old, next};
    const auto it = CallCatalog::values(card, ctx, QStringLiteral("it"));
    CHECK(it.value(QStringLiteral("outstanding")) ==
          Money::fromCents(123456).format(QLocale(QLocale::Italian, QLocale::Italy)));
    CHECK(it.value(QStringLiteral("oldest_due")) == QStringLiteral("30/09/2026"));
    CHECK(it.value(QStringLiteral("bills")) == QStringLiteral("F-100"));
    CHECK(it.value(QStringLiteral("notice")).remove(QLatin1Char(' ')) ==
          QStringLiteral("301000000000000017"));
    CHECK(it.value(QStringLiteral("next_amount")).contains(QStringLiteral("434,56")));
    CHECK(it.value(QStringLiteral("iban")).startsWith(QStringLiteral("IT60 X054")));
    CHECK(it.value(QStringLiteral("promise_date")) == QStringLiteral("30/11/2026"));
    CHECK(it.value(QStringLiteral("debtor")) == QStringLiteral("Nicolò D'Angelo"));
    const auto en = CallCatalog::values(card, ctx, QStringLiteral("en"));
    CHECK(en.value(QStringLiteral("next_amount")).contains(QStringLiteral("434.56")));
    CHECK_FALSE(en.contains(QStringLiteral("installment_amount")));
}

TEST_CASE("SMS and e-mail are written to the outbox whole and in UTF-8", "[calls][io]")
{
    QTemporaryDir dir;
    Outbox::Message m;
    m.channel = QStringLiteral("email");
    m.to = QStringLiteral("rita@example.it");
    m.recipientName = QStringLiteral("Nicolò D'Angelo");
    m.senderName = QStringLiteral("Anna Bianchi per LuceGas");
    m.subject = QStringLiteral("Come pagare le bollette — LuceGas");
    m.body = QStringLiteral("Gentile Nicolò,\necco i modi per pagare.\n\nGrazie");
    m.customerCode = QStringLiteral("C001");
    m.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const auto mail = Outbox::write(dir.filePath(QStringLiteral("outbox")), m);
    REQUIRE(mail.ok());
    CHECK(mail.value().endsWith(QStringLiteral("20261123-090000-C001-email.eml")));
    QFile f(mail.value());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray eml = f.readAll();
    CHECK(eml.contains("To: =?UTF-8?B?"));
    CHECK(eml.contains("<rita@example.it>"));
    CHECK(eml.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    CHECK(eml.contains(QStringLiteral("Gentile Nicolò,\r\necco").toUtf8()));
    CHECK(QDir(dir.filePath(QStringLiteral("outbox"))).entryList(QDir::Files).size() == 1);

    m.channel = QStringLiteral("sms");
    m.to = QStringLiteral("+393471234567");
    const auto sms = Outbox::write(dir.filePath(QStringLiteral("outbox")), m);
    REQUIRE(sms.ok());
    const auto again = Outbox::write(dir.filePath(QStringLiteral("outbox")), m);
    REQUIRE(again.ok());
    CHECK(again.value() != sms.value()); // never overwrites an earlier message
    QFile s(sms.value());
    REQUIRE(s.open(QIODevice::ReadOnly));
    CHECK(s.readAll().startsWith("To: +393471234567\r\n\r\nGentile Nicol\xc3\xb2"));

    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto failed = Outbox::write(dir.filePath(QStringLiteral("file/outbox")), m);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("cannot be created")));
}
