#include "ReportsView.h"

#include "DateField.h"
#include "Language.h"
#include "charts/ReportChart.h"

#include "io/ReportFiles.h"
#include "itemmodels/ReportLoader.h"
#include "storage/ClientRepository.h"
#include "storage/ReportQuery.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ascolto {

ReportsView::ReportsView(Database& db, const Clock& clock, const Session& session,
                         const QVector<QPair<QString, QString>>& clients, bool background,
                         Language* language, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_language(language)
{
    m_loader = new ReportLoader(
        db, session, clock,
        background ? ReportLoader::Mode::Background : ReportLoader::Mode::Synchronous, this);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_client = new QComboBox;
    m_client->setObjectName(QStringLiteral("report_client"));
    for (const auto& [id, name] : clients)
        m_client->addItem(name, id);
    m_client->setVisible(clients.size() > 1);
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("report_operator"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    listOperators();
    connect(m_client, &QComboBox::currentIndexChanged, this, &ReportsView::listOperators);
    m_from = new DateField(DateField::Mode::Date);
    m_from->setObjectName(QStringLiteral("report_from"));
    m_to = new DateField(DateField::Mode::Date);
    m_to->setObjectName(QStringLiteral("report_to"));
    for (DateField* d : {m_from, m_to}) {
        d->setToday(clock.today());
        d->setMaximumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 60);
    }
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    // Last month by default: the period a client's report covers.
    const QDate thisMonth(clock.today().year(), clock.today().month(), 1);
    m_from->setDate(thisMonth.addMonths(-1));
    m_to->setDate(thisMonth.addDays(-1));
    m_show = new QPushButton;
    m_show->setDefault(true);
    m_cancel = new QPushButton;
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    filters->addWidget(m_client);
    filters->addWidget(m_operator);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_show);
    filters->addWidget(m_cancel);
    filters->addWidget(m_progress);
    filters->addStretch();
    layout->addLayout(filters);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("report_list"));
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    split->addWidget(m_list);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_note);
    auto* pages = new QStackedWidget;
    auto* figures = new QSplitter(Qt::Vertical);
    m_chart = new ReportChart;
    m_table = new QTableView;
    m_model = new ReportTableModel(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    figures->addWidget(m_chart);
    figures->addWidget(m_table);
    figures->setStretchFactor(0, 3);
    figures->setStretchFactor(1, 2);
    pages->addWidget(figures);
    auto* commentsPage = new QWidget;
    auto* commentsLayout = new QVBoxLayout(commentsPage);
    m_commentsHelp = new QLabel;
    m_commentsHelp->setWordWrap(true);
    m_comments = new QTableWidget(0, 4);
    m_comments->setObjectName(QStringLiteral("report_comments"));
    m_comments->verticalHeader()->hide();
    m_comments->horizontalHeader()->setStretchLastSection(true);
    m_comments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    commentsLayout->addWidget(m_commentsHelp);
    commentsLayout->addWidget(m_comments);
    pages->addWidget(commentsPage);
    rightLayout->addWidget(pages, 1);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto* actions = new QHBoxLayout;
    m_csv = new QPushButton;
    m_pdf = new QPushButton;
    m_clientReport = new QPushButton;
    actions->addWidget(m_csv);
    actions->addWidget(m_pdf);
    actions->addStretch();
    actions->addWidget(m_clientReport);
    layout->addLayout(actions);

    connect(m_show, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_cancel, &QPushButton::clicked, m_loader, &ReportLoader::cancel);
    connect(m_loader, &ReportLoader::progress, m_progress, &QProgressBar::setValue);
    connect(m_loader, &ReportLoader::finished, this, &ReportsView::loaded);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, pages](int row) {
        pages->setCurrentIndex(row == m_reports.size() ? 1 : 0);
        showReport(row);
    });
    connect(m_comments, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0)
            return;
        const Status s = ReportQuery(m_db, m_clock)
                             .chooseComment(m_session, item->data(Qt::UserRole).toString(),
                                            item->checkState() == Qt::Checked);
        if (!s) {
            // The box shows what the store holds.
            const QSignalBlocker block(m_comments);
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            fail(s.error());
        }
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
        if (!dir.isEmpty())
            exportCsv(dir);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Reports as PDF"),
                                                          tr("reports.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_clientReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Client's periodic report"), tr("periodic-report.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        // The CSV files beside it, in a folder of the same name.
        QString dir = path;
        if (dir.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            dir.chop(4);
        exportClientReport(path, dir + QStringLiteral("-csv"));
    });
    retranslate();
    for (QPushButton* b : {m_csv, m_pdf, m_clientReport})
        b->setEnabled(false);
}

ReportsView::~ReportsView() = default;

void ReportsView::listOperators()
{
    const QString client = m_client->currentData().toString();
    const QString chosen = m_operator->currentData().toString();
    m_operator->clear();
    m_operator->addItem(tr("Every operator"));
    QVector<UserRecord> users = UserRepository(m_db, m_clock).list(m_session);
    std::sort(users.begin(), users.end(), [](const UserRecord& a, const UserRecord& b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    for (const UserRecord& u : users)
        if (u.role == Role::Operator && u.clientId == client)
            m_operator->addItem(u.displayName, u.id);
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(chosen)));
}

void ReportsView::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsView::refresh()
{
    if (!m_from->problem().isEmpty() || !m_to->problem().isEmpty() || !m_from->date().isValid() ||
        !m_to->date().isValid()) {
        fail(tr("Type the first and the last day of the period."));
        return;
    }
    m_status->setText(tr("Reading the reports…"));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    m_show->setEnabled(false);
    m_loader->start({m_client->currentData().toString(), m_from->date(), m_to->date(),
                     m_operator->currentData().toString()});
}

void ReportsView::loaded()
{
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_show->setEnabled(true);
    const int shown = std::max(0, m_list->currentRow());
    m_reports.clear();
    m_list->clear();
    if (!m_loader->facts()) {
        fail(m_loader->error());
        for (QPushButton* b : {m_csv, m_pdf, m_clientReport})
            b->setEnabled(false);
        m_model->setTable({}, QLocale());
        return;
    }
    const ReportFacts& f = *m_loader->facts();
    m_reports = ReportTables::reports(f);
    for (const ReportTable& t : std::as_const(m_reports))
        m_list->addItem(t.title);
    m_list->addItem(tr("Comments to quote in the client's report"));
    QString status = ReportTables::periodText(f, QLocale());
    if (!f.operatorName.isEmpty())
        status += QStringLiteral(" — ") + f.operatorName;
    m_status->setText(status);
    for (QPushButton* b : {m_csv, m_pdf, m_clientReport})
        b->setEnabled(true);
    showComments();
    m_list->setCurrentRow(std::min(shown, int(m_reports.size())));
}

void ReportsView::showReport(int index)
{
    if (index < 0)
        return;
    if (index >= m_reports.size()) {
        m_title->setText(tr("Comments to quote in the client's report"));
        m_note->clear();
        m_csv->setEnabled(false);
        return;
    }
    const ReportTable& t = m_reports.at(index);
    m_title->setText(t.title);
    m_note->setText(t.note);
    m_note->setVisible(!t.note.isEmpty());
    m_model->setTable(t, QLocale());
    m_chart->show(t, QLocale());
    m_csv->setEnabled(true);
}

void ReportsView::showComments()
{
    const QSignalBlocker block(m_comments);
    m_comments->setRowCount(0);
    if (!m_loader->facts())
        return;
    const QLocale locale;
    for (const ReportFacts::Comment& c : m_loader->facts()->comments) {
        const int row = m_comments->rowCount();
        m_comments->insertRow(row);
        auto* quote = new QTableWidgetItem;
        quote->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        quote->setCheckState(c.chosen ? Qt::Checked : Qt::Unchecked);
        quote->setData(Qt::UserRole, c.surveyId);
        m_comments->setItem(row, 0, quote);
        m_comments->setItem(row, 1,
                            new QTableWidgetItem(locale.toString(c.date, QLocale::ShortFormat)));
        m_comments->setItem(row, 2,
                            new QTableWidgetItem(c.csat > 0 ? QString::number(c.csat) : QString()));
        m_comments->setItem(row, 3, new QTableWidgetItem(c.text));
    }
    m_comments->resizeColumnsToContents();
}

bool ReportsView::exportCsv(const QString& dir)
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_reports.size())
        return fail(tr("Choose a report first."));
    if (Status s = ReportFiles::writeCsvFolder({m_reports.at(index)}, dir, QLocale()); !s)
        return fail(s.error());
    emit written(tr("Report written to %1.")
                     .arg(QDir(dir).filePath(m_reports.at(index).key + QStringLiteral(".csv"))));
    return true;
}

bool ReportsView::exportPdf(const QString& path)
{
    if (!m_loader->facts())
        return fail(tr("Show the reports first."));
    const ReportFacts& f = *m_loader->facts();
    QString heading = ReportTables::periodText(f, QLocale());
    if (!f.operatorName.isEmpty())
        heading += QStringLiteral(" — ") + f.operatorName;
    if (Status s = ReportFiles::writePdf(m_reports, tr("Reports: %1").arg(f.client.name), heading,
                                         path, QLocale());
        !s)
        return fail(s.error());
    emit written(tr("Reports written to %1.").arg(path));
    return true;
}

bool ReportsView::exportClientReport(const QString& pdf, const QString& csvDir)
{
    if (!m_loader->facts())
        return fail(tr("Show the reports first."));
    // The reports shown, with the comments ticked since they were read (the boxes show what
    // the store holds).
    ReportFacts f = *m_loader->facts();
    if (!f.filter.operatorId.isEmpty())
        return fail(tr("The client's report covers the whole client: choose every operator."));
    for (int row = 0; row < m_comments->rowCount() && row < f.comments.size(); ++row)
        f.comments[row].chosen = m_comments->item(row, 0)->checkState() == Qt::Checked;
    {
        // In the client's language, whatever the window's.
        const LanguageScope clients(m_language, f.client.reportLanguage);
        const QVector<ReportTable> tables = ReportTables::clientReport(f);
        if (Status s =
                ReportFiles::writePdf(tables, tr("Periodic report: %1").arg(f.client.name),
                                      ReportTables::periodText(f, QLocale()), pdf, QLocale());
            !s)
            return fail(s.error());
        if (Status s = ReportFiles::writeCsvFolder(tables, csvDir, QLocale()); !s)
            return fail(s.error());
    }
    emit written(tr("The client's report was written to %1, its figures to %2.").arg(pdf, csvDir));
    return true;
}

bool ReportsView::fail(const QString& message)
{
    m_status->setText(message);
    return false;
}

void ReportsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsView::retranslate()
{
    m_operator->setItemText(0, tr("Every operator"));
    m_show->setText(tr("Show"));
    m_cancel->setText(tr("Cancel"));
    m_csv->setText(tr("Export this report (CSV)…"));
    m_pdf->setText(tr("Export all reports (PDF)…"));
    m_clientReport->setText(tr("Client's periodic report…"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    m_commentsHelp->setText(tr("Tick the comments to quote, in the debtors' own words, in the "
                               "client's periodic report."));
    m_comments->setHorizontalHeaderLabels({tr("Quote"), tr("Date"), tr("CSAT"), tr("Comment")});
    // Reports already shown keep the language they were read in until they are read again.
}

} // namespace ascolto
