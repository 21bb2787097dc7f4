#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "app/DailyScheduler.h"
#include "app/ExportScheduler.h"
#include "app/HubScheduler.h"
#include "io/SyncBundle.h"
#include "storage/Devices.h"
#include "ui/ConflictReviewDialog.h"
#include "ui/ImportWizard.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include "storage/ChangeLog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::Fixture;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;

namespace {

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

MainWindow::Context context(TempDatabase& store, const Clock& clock, const Session& session,
                            Language* language)
{
    MainWindow::Context ctx;
    ctx.db = &store.db();
    ctx.clock = &clock;
    ctx.session = session;
    ctx.language = language;
    return ctx;
}

ImportWizard* openWizard(MainWindow& window)
{
    ImportWizard* wizard = nullptr;
    QObject::connect(&window, &MainWindow::dialogOpened, &window,
                     [&](QDialog* d) { wizard = qobject_cast<ImportWizard*>(d); });
    QAction* action = child<QAction>(&window, "actionImport");
    REQUIRE(action->isVisible());
    action->trigger();
    REQUIRE(wizard);
    return wizard;
}

bool runWizard(ImportWizard* wizard)
{
    QSignalSpy done(wizard, &ImportWizard::finishedRun);
    wizard->next(); // the mapping page commits: the import starts
    return done.wait(20000);
}

// A debtors file whose customer code column has a name no utility hint covers.
const QByteArray kDebtors = "\xEF\xBB\xBF"
                            "Rif. Utente;Cognome;Nome;Codice fiscale;Comune\r\n"
                            "U-1;Bianchi;Lucia;RSSMRA80A01H501U;Torino\r\n"
                            "U-2;\"D'Angelo\";Nicolò;RSSMRA80A01H501Z;Roma\r\n" // bad CF
                            "U-3;Verdi;Paolo;;Milano\r\n";

} // namespace

TEST_CASE("The import wizard previews the file, maps columns, imports and remembers the mapping",
          "[ui][import]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const QString path = writeFile(store.dir(), QStringLiteral("clienti.csv"), kDebtors);

    MainWindow window(context(store, clock, f.leadA, &language));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ImportWizard* wizard = openWizard(window);

    // The lead imports for their own client only.
    auto* client = child<QComboBox>(wizard, "importClient");
    CHECK(client->count() == 1);
    CHECK(client->currentData().toString() == f.clientA);
    child<QComboBox>(wizard, "importKind")->setCurrentIndex(0);

    // A file that does not exist is named, and the wizard stays on the first page.
    child<QLineEdit>(wizard, "importFile")->setText(store.dir() + QStringLiteral("/none.csv"));
    const int firstPage = wizard->currentId();
    wizard->next();
    CHECK(wizard->currentId() == firstPage);
    CHECK(child<QLabel>(wizard, "importFileError")->text().contains(QStringLiteral("none.csv")));

    child<QLineEdit>(wizard, "importFile")->setText(QDir::toNativeSeparators(path));
    wizard->next();
    REQUIRE(wizard->currentId() == firstPage + 1);

    // Preview: the header and the first rows, accents intact.
    auto* preview = child<QTableWidget>(wizard, "importPreview");
    CHECK(preview->columnCount() == 5);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(1, 2)->text() == QString::fromUtf8("Nicolò"));
    CHECK(child<QLabel>(wizard, "importPreviewInfo")->text().contains(QStringLiteral("UTF-8")));

    // Guessed from the header words; the unusual customer code column is not guessed.
    CHECK(child<QComboBox>(wizard, "map_last_name")->currentText() == QStringLiteral("Cognome"));
    CHECK(child<QComboBox>(wizard, "map_tax_code")->currentText() ==
          QStringLiteral("Codice fiscale"));
    auto* code = child<QComboBox>(wizard, "map_customer_code");
    CHECK(code->currentIndex() == 0); // "(not in the file)"

    // Without the required column the import does not start and says why.
    wizard->next();
    CHECK(wizard->currentId() == firstPage + 1);
    CHECK_FALSE(child<QLabel>(wizard, "importMappingError")->text().isEmpty());

    // Every column not chosen is named on the page.
    CHECK(child<QLabel>(wizard, "importUnmapped")->text().contains(QStringLiteral("Rif. Utente")));
    code->setCurrentIndex(code->findText(QStringLiteral("Rif. Utente")));
    CHECK(child<QLabel>(wizard, "importUnmapped")->text() ==
          QStringLiteral("Every column of the file is imported."));
    child<QRadioButton>(wizard, "importPolicyValid")->setChecked(true);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    REQUIRE(runWizard(wizard));

    // The outcome: two rows in, one rejected with its line and reason.
    const QString summary = child<QLabel>(wizard, "importSummary")->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("2 new")));
    CHECK(summary.contains(QStringLiteral("1 rejected")));
    CHECK(summary.contains(QStringLiteral("clienti.csv.report.csv")));
    const QString rejected = child<QPlainTextEdit>(wizard, "importRejections")->toPlainText();
    CHECK(rejected.contains(QStringLiteral("line 3")));
    CHECK(rejected.contains(QStringLiteral("Codice fiscale")));
    CHECK(child<QProgressBar>(wizard, "importProgress")->value() ==
          child<QProgressBar>(wizard, "importProgress")->maximum());
    CHECK(imported.count() == 1);

    // What reached the store: the valid debtors of client A, and the mapping for next time.
    CHECK(scalar(store.db(), QStringLiteral("SELECT group_concat(customer_code, ',') FROM "
                                            "(SELECT customer_code FROM debtor WHERE client_id = "
                                            "'%1' AND customer_code LIKE 'U-%' ORDER BY 1)")
                                 .arg(f.clientA))
              .toString() == QStringLiteral("U-1,U-3"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT city FROM debtor WHERE customer_code = 'U-3'"))
              .toString() == QStringLiteral("Milano"));
    CHECK(
        scalar(store.db(), QStringLiteral("SELECT json_extract(mapping, '$.columns.customer_code') "
                                          "FROM import_mapping WHERE client_id = '%1' AND kind = "
                                          "'debtors'")
                               .arg(f.clientA))
            .toString() == QStringLiteral("Rif. Utente"));
    wizard->accept();

    // The next file of the client: the saved column is chosen at once.
    ImportWizard* again = openWizard(window);
    child<QLineEdit>(again, "importFile")->setText(path);
    again->next();
    CHECK(child<QComboBox>(again, "map_customer_code")->currentText() ==
          QStringLiteral("Rif. Utente"));
    again->reject();
}

TEST_CASE("A cancelled import leaves the store as it was", "[ui][import]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    QByteArray big = "Codice cliente;Cognome;Nome;Comune\n";
    for (int i = 0; i < 30000; ++i)
        big += "C-" + QByteArray::number(i) + ";Rossi;Mario;Roma\n";
    const QString path = writeFile(store.dir(), QStringLiteral("big.csv"), big);
    const QVariant before = scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor"));

    ImportWizard wizard(store.db(), f.leadA, clock);
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(path);
    wizard.next();
    QSignalSpy done(&wizard, &ImportWizard::finishedRun);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    REQUIRE(wizard.isRunning());
    QTest::mouseClick(child<QPushButton>(&wizard, "importCancel"), Qt::LeftButton);
    REQUIRE(done.wait(20000));
    CHECK(imported.isEmpty());
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("cancelled")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor")) == before);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE customer_code = "
                                            "'C-1'"))
              .toInt() == 0);
    // The window closes once the import let go.
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
}

TEST_CASE("The team lead reviews sync conflicts of their client and marks them reviewed",
          "[ui][sync]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const QString mine =
        f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Lucia Bianchi"), f.operatorA1);
    const QString theirs =
        f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Paolo Verdi"), f.operatorB1);
    // What an office's bundle leaves when both sides changed the same field: the losing
    // value with its field stamp (HLC: milliseconds times 65536).
    const QDateTime lostAt(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    const QDateTime keptAt(QDate(2026, 11, 22), QTime(9, 45), Qt::UTC);
    for (const QString& id : {mine, theirs}) {
        QSqlQuery q(store->sql());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO conflict_log(id, at, entity, entity_id, "
                                      "winner_device, winner_version, loser_device, "
                                      "loser_version, loser_values, client_id, field) SELECT 'c-' "
                                      "|| id, '2026-11-22T09:45:00Z', 'debtor', id, device_id, "
                                      "%2, 'branch-office-device', %3, json_object('city', "
                                      "'Pescara'), client_id, 'city' FROM debtor WHERE id = '%1'")
                           .arg(id)
                           .arg(keptAt.toMSecsSinceEpoch() << 16)
                           .arg(lostAt.toMSecsSinceEpoch() << 16)));
    }

    REQUIRE(Devices(store.db(), clock)
                .add(QStringLiteral("branch-office-device"), QStringLiteral("Filiale Bari"),
                     QByteArray(32, 'k'), QStringLiteral("branch")));
    MainWindow window(context(store, clock, f.leadA, &language));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The lead hears about it at login.
    QCoreApplication::processEvents();
    CHECK(
        window.statusBar()->currentMessage().contains(QStringLiteral("1 sync conflict to review")));
    ConflictReviewDialog* dialog = nullptr;
    QObject::connect(&window, &MainWindow::dialogOpened, &window,
                     [&](QDialog* d) { dialog = qobject_cast<ConflictReviewDialog*>(d); });
    child<QAction>(&window, "actionConflicts")->trigger();
    REQUIRE(dialog);

    // Only client A's conflict, with the overwritten city beside the kept one.
    auto* list = child<QTableWidget>(dialog, "conflictList");
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 1)->text() == QStringLiteral("Debtor: City"));
    CHECK(list->item(0, 2)->text() == QStringLiteral("Lucia Bianchi"));
    // The other office by the name it was enrolled under.
    CHECK(list->item(0, 4)->text().startsWith(QStringLiteral("Filiale Bari, ")));
    // When each value was written, from its stamp.
    CHECK(list->item(0, 4)->text().endsWith(
        QLocale().toString(lostAt.toLocalTime(), QLocale::ShortFormat)));
    CHECK(list->item(0, 3)->text().endsWith(
        QLocale().toString(keptAt.toLocalTime(), QLocale::ShortFormat)));
    auto* details = child<QTableWidget>(dialog, "conflictDetails");
    REQUIRE(details->rowCount() == 1);
    CHECK(details->item(0, 0)->text() == QStringLiteral("City"));
    CHECK(details->item(0, 1)->text() == QStringLiteral("Pescara"));

    auto* mark = child<QPushButton>(dialog, "conflictMarkReviewed");
    REQUIRE(mark->isEnabled());
    QTest::mouseClick(mark, Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "conflictError")->text().isEmpty());
    CHECK(list->rowCount() == 0);
    CHECK(scalar(store.db(),
                 QStringLiteral("SELECT reviewed_by FROM conflict_log WHERE id = 'c-%1'").arg(mine))
              .toString() == f.leadA.userId());
    CHECK(scalar(store.db(), QStringLiteral("SELECT reviewed_at IS NULL FROM conflict_log WHERE "
                                            "id = 'c-%1'")
                                 .arg(theirs))
              .toInt() == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'conflicts_reviewed'"))
              .toInt() == 1);

    // Reviewed ones stay visible on request, with who reviewed them.
    child<QCheckBox>(dialog, "conflictShowReviewed")->setChecked(true);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 5)->text().contains(f.leadA.displayName()));
    CHECK_FALSE(mark->isEnabled());
    dialog->reject();

    // Operators have neither the menu entries nor the data.
    MainWindow operatorWindow(context(store, clock, f.operatorA1, &language));
    CHECK_FALSE(child<QAction>(&operatorWindow, "actionConflicts")->isVisible());
    CHECK_FALSE(child<QAction>(&operatorWindow, "actionImport")->isVisible());
    CHECK_FALSE(ConflictRepository(store.db(), clock).list(f.operatorA1, true));
}

TEST_CASE("A window left open overnight follows up the new day and says what changed",
          "[ui][daily]")
{
    TempDatabase store;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(20, 0), Qt::LocalTime));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const QString debtor =
        f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Lucia Bianchi"), f.operatorA1);
    // A promise to pay by tomorrow, which nobody keeps.
    REQUIRE(store->execScript(
        QStringLiteral("INSERT INTO promise(id, debtor_id, amount_cents, due_date, device_id, "
                       "updated_at, created_at) VALUES('p1', '%1', 5000, '2026-11-24', 'd', '', "
                       "'')")
            .arg(debtor)));

    MainWindow window(context(store, clock, f.operatorA1, &language));
    DailyScheduler daily(store.path(), clock);
    QSignalSpy ran(&daily, &DailyScheduler::ran);
    daily.start(3600);
    REQUIRE(ran.wait(20000));
    daily.attach(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Daily check of")));

    // Same day: the timer finds nothing to do.
    daily.checkDay();
    CHECK_FALSE(daily.isRunning());
    // Past midnight, and again the day after the promise's date.
    clock.set(clock.nowUtc().addDays(2));
    daily.checkDay();
    REQUIRE(ran.wait(20000));
    INFO(window.statusBar()->currentMessage().toStdString());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 promise broken")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM promise WHERE status = "
                                            "'broken'"))
              .toInt() == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor_summary WHERE as_of = "
                                            "'2026-11-25'"))
              .toInt() >= 1);
}

TEST_CASE("File > Export now writes the bundle and the activity CSV and says so in the status "
          "bar",
          "[ui][export]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const QString debtor =
        f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Lucia Bianchi"), f.operatorA1);
    // A payment recorded today: the activity the client hears about.
    QSqlQuery pay(store->sql());
    REQUIRE(pay.exec(QStringLiteral("INSERT INTO payment(id, client_id, debtor_id, amount_cents, "
                                    "paid_on, channel, device_id, created_at) SELECT 'pay-1', "
                                    "client_id, id, 123456, '2026-11-23', 'pagopa', device_id, "
                                    "'2026-11-23T09:00:00Z' FROM debtor WHERE id = '%1'")
                         .arg(debtor)));
    const QString folder = store.dir() + QStringLiteral("/export");
    REQUIRE(QDir().mkpath(folder));
    // A branch's workstation: its bundle is for the head office that seeded it.
    TempDatabase headOffice;
    const auto hoKey = Devices(headOffice.db(), clock).publicKey();
    REQUIRE(hoKey);
    REQUIRE(Devices(store.db(), clock).pinHeadOffice(headOffice->deviceId(), hoKey.value()));

    MainWindow window(context(store, clock, f.operatorA1, &language));
    ExportScheduler scheduler(store.path(), clock, f.operatorA1);
    scheduler.configure(folder, 15);
    scheduler.attach(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* status = child<QLabel>(&window, "statusExport");
    CHECK(status->toolTip().contains(QStringLiteral("never")));

    QSignalSpy changed(&scheduler, &ExportScheduler::statusChanged);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(changed.wait(20000));
    INFO(status->toolTip().toStdString());
    CHECK(status->toolTip().startsWith(QStringLiteral("Last export: ")));
    CHECK(status->toolTip().contains(QStringLiteral("change")));
    CHECK_FALSE(status->toolTip().contains(QStringLiteral("failed")));
    QStringList written = QDir(folder).entryList(QDir::Files);
    INFO(written.join(QLatin1Char(' ')).toStdString());
    CHECK(written.filter(QStringLiteral(".bundle")).size() == 1);
    // The operator's export writes no clear-text file of the client's debtors.
    CHECK(written.filter(QStringLiteral("activity-")).isEmpty());
    CHECK(written.filter(QStringLiteral(".part")).isEmpty());
    // The other client's team lead gets none of ACQUA's activity; ACQUA's gets it.
    for (const Session* lead : {&f.leadB, &f.leadA}) {
        ExportScheduler byLead(store.path(), clock, *lead);
        byLead.configure(folder, 15);
        QSignalSpy done(&byLead, &ExportScheduler::statusChanged);
        byLead.exportNow();
        REQUIRE(done.wait(20000));
    }
    written = QDir(folder).entryList(QDir::Files);
    const QStringList activity = written.filter(QStringLiteral("activity-"));
    REQUIRE(activity.size() == 1);
    CHECK(activity.first().startsWith(QStringLiteral("activity-ACQUA")));
    QFile csv(QDir(folder).filePath(activity.first()));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains("1234,56"));
    // The store remembers how far it exported.
    CHECK(scalar(store.db(), QStringLiteral("SELECT last_export_seq FROM sync_peer WHERE "
                                            "device_id = '*'"))
              .toLongLong() == ChangeLog::lastSequence(store.db()));

    // The folder disappears: the failure in words, and nothing is lost.
    REQUIRE(QDir(folder).removeRecursively());
    child<QAction>(&window, "actionExportNow")->trigger();
    REQUIRE(changed.wait(20000));
    CHECK(status->toolTip().contains(QStringLiteral("failed")));
    CHECK(status->toolTip().contains(QStringLiteral("export")));
}

TEST_CASE("A hub that cannot be reached shows in the status bar and nothing is lost", "[ui][hub]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Lucia Bianchi"), f.operatorA1);
    TempDatabase headOffice;
    const auto hoKey = Devices(headOffice.db(), clock).publicKey();
    REQUIRE(hoKey);
    REQUIRE(Devices(store.db(), clock).pinHeadOffice(headOffice->deviceId(), hoKey.value()));

    MainWindow window(context(store, clock, f.operatorA1, &language));
    HubScheduler hub(store.path(), clock);
    hub.attach(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* status = child<QLabel>(&window, "statusHub");
    // No hub configured (a single office): no label.
    CHECK_FALSE(status->isVisible());

    // A hub nobody answers at (a closed port): the round fails, says so, and the work waits.
    hub.configure(QUrl(QStringLiteral("https://127.0.0.1:9")), QString(), 1);
    QSignalSpy changed(&hub, &HubScheduler::statusChanged);
    hub.syncNow();
    REQUIRE(changed.wait(40000));
    INFO(status->toolTip().toStdString());
    CHECK(status->isVisible());
    CHECK(status->toolTip().startsWith(QStringLiteral("hub unreachable at ")));
    CHECK(status->toolTip().contains(QStringLiteral("cannot be reached")));
    CHECK(status->toolTip().contains(QStringLiteral("export folder")));
    // What was not sent is still to send: a file export for head office carries it.
    SyncBundle::ExportOptions options;
    options.forDevice = headOffice->deviceId();
    const auto bundle = SyncBundle::exportBundle(
        store.db(), clock, store.dir() + QStringLiteral("/later.bundle"), options);
    REQUIRE(bundle);
    CHECK(bundle->header.rows > 0);

    // An address that is not https is refused before anything is sent.
    hub.configure(QUrl(QStringLiteral("http://127.0.0.1:9")), QString(), 1);
    hub.syncNow();
    REQUIRE(changed.wait(20000));
    CHECK(status->toolTip().contains(QStringLiteral("https://")));
}
