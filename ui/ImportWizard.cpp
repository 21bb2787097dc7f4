#include "ImportWizard.h"

#include "domain/Clock.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

namespace ascolto {

namespace {
constexpr int kPreviewRows = 20;
constexpr int kShownRejections = 500;

QLabel* errorLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

// Step 1: which client, which kind of file, which file.
class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("The client's file"));
        setSubTitle(ImportWizard::tr("Debtors, bills or payments as the client sends them: CSV "
                                     "separated by ';' or ',', in UTF-8 or Windows-1252."));
        auto* form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("&Client:"), wizard->m_client);
        form->addRow(ImportWizard::tr("&Contents:"), wizard->m_kindBox);
        auto* row = new QHBoxLayout;
        row->addWidget(wizard->m_path, 1);
        row->addWidget(wizard->m_browse);
        auto* fileLabel = new QLabel(ImportWizard::tr("&File:"));
        fileLabel->setBuddy(wizard->m_path);
        form->addRow(fileLabel, row);
        form->addRow(wizard->m_fileError);
        connect(wizard->m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    void initializePage() override { m_wizard->m_path->setFocus(); }
    bool isComplete() const override
    {
        return !m_wizard->m_path->text().trimmed().isEmpty() && !m_wizard->clientId().isEmpty();
    }
    bool validatePage() override
    {
        m_wizard->loadPreview();
        return m_wizard->m_fileError->text().isEmpty();
    }

private:
    ImportWizard* m_wizard;
};

// Step 2: the first rows and which column holds each field.
class ImportMappingPage : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Columns"));
        setSubTitle(ImportWizard::tr("Check which column holds each field. Fields in bold are "
                                     "required. The choice is remembered for this client."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_previewInfo);
        layout->addWidget(wizard->m_preview, 2);
        auto* lower = new QHBoxLayout;
        lower->addWidget(wizard->m_mappingScroll, 1);
        auto* options = new QFormLayout;
        options->addRow(ImportWizard::tr("&Amounts:"), wizard->m_decimal);
        options->addRow(ImportWizard::tr("&Dates:"), wizard->m_dates);
        options->addRow(new QLabel(ImportWizard::tr("When rows are rejected:")));
        options->addRow(wizard->m_allOrNothing);
        options->addRow(wizard->m_validRows);
        lower->addLayout(options);
        layout->addLayout(lower, 3);
        layout->addWidget(wizard->m_unmapped);
        layout->addWidget(wizard->m_mappingError);
    }
    bool validatePage() override
    {
        const auto resolved = m_wizard->mapping().resolve(m_wizard->m_header);
        m_wizard->m_mappingError->setText(resolved ? QString() : resolved.error());
        if (!resolved)
            return false;
        m_wizard->startImport();
        return true;
    }

private:
    ImportWizard* m_wizard;
};

// Step 3: the import running, then its outcome.
class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Import"));
        auto* layout = new QVBoxLayout(this);
        auto* row = new QHBoxLayout;
        row->addWidget(wizard->m_progress, 1);
        row->addWidget(wizard->m_cancel);
        layout->addLayout(row);
        layout->addWidget(wizard->m_status);
        layout->addWidget(wizard->m_summary);
        layout->addWidget(wizard->m_rejections, 1);
    }
    bool isComplete() const override { return m_wizard->m_done; }

private:
    ImportWizard* m_wizard;
};

ImportWizard::ImportWizard(Database& db, const Session& session, const Clock& clock,
                           QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
    , m_client(new QComboBox)
    , m_kindBox(new QComboBox)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse...")))
    , m_fileError(errorLabel("importFileError"))
    , m_preview(new QTableWidget)
    , m_previewInfo(new QLabel)
    , m_mappingForm(new QFormLayout)
    , m_mappingScroll(new QScrollArea)
    , m_decimal(new QComboBox)
    , m_dates(new QComboBox)
    , m_allOrNothing(new QRadioButton(tr("Import &nothing (all or nothing)")))
    , m_validRows(new QRadioButton(tr("Import the &valid rows, report the others")))
    , m_mappingError(errorLabel("importMappingError"))
    , m_unmapped(new QLabel)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_cancel(new QPushButton(tr("&Stop import")))
    , m_summary(new QLabel)
    , m_rejections(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import a client file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_client->setObjectName(QStringLiteral("importClient"));
    const QVector<ClientRecord> clients = ClientRepository(m_db, m_clock).all();
    for (const ClientRecord& c : clients) {
        if (m_session.role() == Role::Admin || c.id == m_session.clientId())
            m_client->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.id);
    }
    m_client->setEnabled(m_client->count() > 1);

    m_kindBox->setObjectName(QStringLiteral("importKind"));
    m_kindBox->addItem(tr("Debtors, with contacts and supplies"),
                       CsvImport::kindCode(CsvImport::Kind::Debtors));
    m_kindBox->addItem(tr("Bills"), CsvImport::kindCode(CsvImport::Kind::Invoices));
    m_kindBox->addItem(tr("Payments and remittances"),
                       CsvImport::kindCode(CsvImport::Kind::Payments));

    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("Path of the CSV file"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_previewInfo->setObjectName(QStringLiteral("importPreviewInfo"));
    m_previewInfo->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->verticalHeader()->defaultSectionSize() * 7);
    // Debtor files have some twenty fields: the column choices scroll.
    auto* fieldsWidget = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fieldsWidget);
    fieldsLayout->addLayout(m_mappingForm);
    fieldsLayout->addStretch();
    m_mappingScroll->setObjectName(QStringLiteral("importMappingScroll"));
    m_mappingScroll->setWidget(fieldsWidget);
    m_mappingScroll->setWidgetResizable(true);
    m_mappingScroll->setFrameShape(QFrame::NoFrame);

    m_decimal->setObjectName(QStringLiteral("importDecimal"));
    m_decimal->addItem(tr("Recognise (1.234,56 or 1234.56)"), QStringLiteral("auto"));
    m_decimal->addItem(tr("Decimal comma (1.234,56)"), QStringLiteral("comma"));
    m_decimal->addItem(tr("Decimal point (1,234.56)"), QStringLiteral("point"));
    m_dates->setObjectName(QStringLiteral("importDates"));
    m_dates->addItem(tr("Recognise (31/12/2026 or 2026-12-31)"), QStringLiteral("auto"));
    m_dates->addItem(tr("Day/month/year (31/12/2026)"), QStringLiteral("dmy"));
    m_dates->addItem(tr("ISO (2026-12-31)"), QStringLiteral("iso"));
    m_allOrNothing->setObjectName(QStringLiteral("importPolicyAll"));
    m_validRows->setObjectName(QStringLiteral("importPolicyValid"));
    m_allOrNothing->setChecked(true);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    m_unmapped->setObjectName(QStringLiteral("importUnmapped"));
    m_unmapped->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejections->setObjectName(QStringLiteral("importRejections"));
    m_rejections->setReadOnly(true);
    m_rejections->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rejections->hide();

    addPage(new ImportFilePage(this));
    addPage(new ImportMappingPage(this));
    addPage(new ImportRunPage(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    m_cancelRequested = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString ImportWizard::clientId() const
{
    return m_client->currentData().toString();
}

CsvImport::Kind ImportWizard::kind() const
{
    const auto k = CsvImport::kindFromCode(m_kindBox->currentData().toString());
    return k ? *k : CsvImport::Kind::Debtors;
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Client file"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportWizard::loadPreview()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const auto preview = CsvImport::preview(path, kPreviewRows);
    if (!preview) {
        m_fileError->setText(preview.error());
        return;
    }
    m_fileError->clear();
    m_header = preview->header;

    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(int(preview->rows.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    for (int r = 0; r < preview->rows.size(); ++r) {
        const QStringList& row = preview->rows.at(r);
        for (int c = 0; c < row.size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_preview->resizeColumnsToContents();
    m_previewInfo->setText(
        tr("%1: %2, separator '%3'; the first %n row(s).", nullptr, int(preview->rows.size()))
            .arg(QFileInfo(path).fileName(), preview->encoding, QString(preview->separator)));

    // The mapping saved for the client when its columns are all in this file, else a guess
    // from the header's words completed by whatever saved columns the file has.
    const CsvImport::Kind k = kind();
    CsvImport::Mapping chosen = CsvImport::Mapping::guess(k, m_header);
    const CsvImport::Mapping saved = CsvImport::savedMapping(m_db, clientId(), k);
    if (!saved.columns.isEmpty()) {
        for (auto it = saved.columns.cbegin(); it != saved.columns.cend(); ++it) {
            if (m_header.contains(it.value(), Qt::CaseInsensitive))
                chosen.columns.insert(it.key(), it.value());
        }
        chosen.decimal = saved.decimal;
        chosen.dates = saved.dates;
    }

    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_columns.clear();
    for (const CsvImport::Field& field : CsvImport::fields(k)) {
        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("map_") + field.code);
        box->setProperty("field", field.code);
        box->addItem(tr("(not in the file)"), QString());
        for (const QString& h : std::as_const(m_header))
            box->addItem(h, h);
        const QString column = chosen.columns.value(field.code);
        const int at =
            column.isEmpty() ? 0 : box->findData(column, Qt::UserRole, Qt::MatchFixedString);
        box->setCurrentIndex(qMax(0, at));
        auto* label = new QLabel(field.label + QLatin1Char(':'));
        label->setBuddy(box);
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_mappingForm->addRow(label, box);
        m_columns.push_back(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::showUnmapped);
    }
    showUnmapped();
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(chosen.decimal)));
    m_dates->setCurrentIndex(qMax(0, m_dates->findData(chosen.dates)));
    m_mappingError->clear();
}

void ImportWizard::showUnmapped()
{
    // Every column of the file is either imported or named here: nothing is dropped unseen.
    const QStringList left = mapping().unmapped(m_header);
    m_unmapped->setText(left.isEmpty() ? tr("Every column of the file is imported.")
                                       : tr("Not imported (no field chosen for them): %1")
                                             .arg(left.join(QStringLiteral(", "))));
}

CsvImport::Mapping ImportWizard::mapping() const
{
    CsvImport::Mapping m;
    m.kind = kind();
    for (const QComboBox* box : m_columns) {
        const QString column = box->currentData().toString();
        if (!column.isEmpty())
            m.columns.insert(box->property("field").toString(), column);
    }
    m.decimal = m_decimal->currentData().toString();
    m.dates = m_dates->currentData().toString();
    return m;
}

void ImportWizard::startImport()
{
    const CsvImport::Mapping chosen = mapping();
    // Saved as soon as it is used: a file rejected for its rows is fixed and imported again
    // with the same columns.
    if (Status s = CsvImport::saveMapping(m_db, clientId(), chosen, m_clock); !s)
        m_status->setText(s.error());

    CsvImport::Options options;
    options.clientId = clientId();
    options.kind = chosen.kind;
    options.mapping = chosen;
    options.policy =
        m_validRows->isChecked() ? CsvImport::Policy::ValidRows : CsvImport::Policy::AllOrNothing;
    options.fallbackReportDir = QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/reports");
    options.waiting = [this](const QString& what) {
        QMetaObject::invokeMethod(
            this, [this, what] { m_status->setText(what); }, Qt::QueuedConnection);
    };
    options.progress = [this](qint64 done, qint64 total) {
        if (m_cancelRequested)
            return false;
        QMetaObject::invokeMethod(
            this, [this, done, total] { progressed(done, total); }, Qt::QueuedConnection);
        return true;
    };

    m_running = true;
    m_done = false;
    m_cancelRequested = false;
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_summary->clear();
    m_rejections->clear();
    m_rejections->hide();
    m_status->setText(tr("Reading and checking the rows..."));

    const QString storePath = m_db.path();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const Session session = m_session;
    const Clock& clock = m_clock;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_worker = QThread::create([this, storePath, path, session, &clock, options] {
        bool ok = false;
        bool committed = false;
        QString text;
        QString rejected;
        {
            Database::Options open;
            open.create = false;
            auto db = Database::open(storePath,
                                     QStringLiteral("import-") +
                                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     open);
            if (!db) {
                text = db.error();
            } else {
                const auto summary = CsvImport::run(*db.value(), session, clock, path, options);
                ok = bool(summary);
                if (summary) {
                    text = summary->text();
                    committed = summary->committed && summary->inserted + summary->updated > 0;
                    QHash<QString, QString> labels;
                    for (const CsvImport::Field& field : CsvImport::fields(options.kind))
                        labels.insert(field.code, field.label);
                    QStringList lines;
                    for (const CsvImport::Rejection& r : summary->rejections) {
                        if (lines.size() == kShownRejections)
                            break;
                        const QString where = !r.column.isEmpty() ? r.column
                                              : r.field.isEmpty() ? ImportWizard::tr("whole row")
                                                                  : labels.value(r.field, r.field);
                        lines << (r.severity == CsvImport::Rejection::Severity::Warning
                                      ? ImportWizard::tr("line %1, %2: %3 (warning: imported "
                                                         "without this value)")
                                      : ImportWizard::tr("line %1, %2: %3"))
                                     .arg(r.line)
                                     .arg(where, r.reason);
                    }
                    rejected = lines.join(QLatin1Char('\n'));
                } else {
                    text = summary.error();
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, text, committed, rejected] { runEnded(ok, text, committed, rejected); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImportWizard::progressed(qint64 done, qint64 total)
{
    if (!m_running || total <= 0)
        return;
    m_progress->setValue(int(done * 1000 / total));
    m_status->setText(tr("Read %1 of %2 kB...").arg(done / 1024).arg(total / 1024));
}

void ImportWizard::cancelImport()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping: the store stays as it was..."));
}

void ImportWizard::runEnded(bool ok, const QString& text, bool committed, const QString& rejected)
{
    m_running = false;
    m_done = true;
    m_cancel->setEnabled(false);
    m_outcome = text;
    if (ok)
        m_progress->setValue(1000);
    m_status->setText(ok ? tr("Finished.") : tr("The import did not take place."));
    m_summary->setText(text);
    m_rejections->setPlainText(rejected);
    m_rejections->setVisible(!rejected.isEmpty());
    emit page(2)->completeChanged();
    emit finishedRun();
    if (committed)
        emit imported();
}

void ImportWizard::reject()
{
    // Closing during the import stops it; the window closes once the worker let go.
    if (m_running) {
        cancelImport();
        connect(this, &ImportWizard::finishedRun, this, &QWizard::reject, Qt::SingleShotConnection);
        return;
    }
    QWizard::reject();
}

} // namespace ascolto
