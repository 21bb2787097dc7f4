#include "ConflictReviewDialog.h"

#include "storage/Devices.h"

#include "domain/Money.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ascolto {

namespace {
QTableWidget* table(const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

ConflictReviewDialog::ConflictReviewDialog(Database& db, const Session& session, const Clock& clock,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
    , m_info(new QLabel)
    , m_showReviewed(new QCheckBox(tr("Show &reviewed conflicts too")))
    , m_list(table("conflictList", {tr("When"), tr("What"), tr("Debtor"), tr("Kept"),
                                    tr("Overwritten"), tr("Reviewed")}))
    , m_details(table("conflictDetails", {tr("Field"), tr("Overwritten value"), tr("Kept value")}))
    , m_error(new QLabel)
    , m_mark(new QPushButton(tr("&Mark reviewed")))
{
    setObjectName(QStringLiteral("ConflictReviewDialog"));
    setWindowTitle(tr("Sync conflicts"));
    m_info->setObjectName(QStringLiteral("conflictInfo"));
    m_info->setWordWrap(true);
    m_showReviewed->setObjectName(QStringLiteral("conflictShowReviewed"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_mark->setObjectName(QStringLiteral("conflictMarkReviewed"));
    m_mark->setToolTip(tr("Record that you looked at the selected conflicts"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_mark, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_showReviewed);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_showReviewed, &QCheckBox::toggled, this, &ConflictReviewDialog::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictReviewDialog::showDetails);
    connect(m_mark, &QPushButton::clicked, this, &ConflictReviewDialog::markSelected);
    reload();
    resize(960, 600);
}

int ConflictReviewDialog::shownCount() const
{
    return int(m_conflicts.size());
}

QString ConflictReviewDialog::deviceName(const QString& deviceId) const
{
    if (deviceId == m_db.deviceId())
        return tr("this workstation");
    // The name it was enrolled under here (head office knows its workstations by name).
    if (const auto enrolled = Devices(m_db, m_clock).find(deviceId))
        return enrolled->name;
    return tr("workstation %1").arg(deviceId.left(8));
}

QString ConflictReviewDialog::written(const QString& deviceId, qint64 version,
                                      const QDateTime& at) const
{
    if (!at.isValid())
        return tr("%1 (version %2)").arg(deviceName(deviceId)).arg(version);
    return tr("%1, %2").arg(deviceName(deviceId),
                            QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

QString ConflictReviewDialog::entityName(const QString& entity) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("client"), QT_TR_NOOP("Client")},
        {QStringLiteral("app_user"), QT_TR_NOOP("User")},
        {QStringLiteral("debtor"), QT_TR_NOOP("Debtor")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("supply"), QT_TR_NOOP("Supply")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Bill")},
        {QStringLiteral("plan"), QT_TR_NOOP("Repayment plan")},
        {QStringLiteral("installment"), QT_TR_NOOP("Installment")},
        {QStringLiteral("promise"), QT_TR_NOOP("Promise to pay")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("task"), QT_TR_NOOP("Task")},
        {QStringLiteral("message_template"), QT_TR_NOOP("Message template")},
    };
    const char* name = names.value(entity);
    return name ? tr(name) : entity;
}

QString ConflictReviewDialog::fieldName(const QString& column) const
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("company_name"), QT_TR_NOOP("Company")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("assigned_operator_id"), QT_TR_NOOP("Assigned operator")},
        {QStringLiteral("hold_reason"), QT_TR_NOOP("Hold")},
        {QStringLiteral("hold_until"), QT_TR_NOOP("Hold until")},
        {QStringLiteral("vulnerability"), QT_TR_NOOP("Vulnerability")},
        {QStringLiteral("do_not_contact"), QT_TR_NOOP("Do not contact")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("amount_cents"), QT_TR_NOOP("Amount")},
        {QStringLiteral("paid_cents"), QT_TR_NOOP("Paid")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
    };
    const char* name = names.value(column);
    return name ? tr(name) : column;
}

void ConflictReviewDialog::reload()
{
    m_error->clear();
    const auto conflicts =
        ConflictRepository(m_db, m_clock).list(m_session, m_showReviewed->isChecked());
    m_conflicts = conflicts ? conflicts.value() : QVector<ConflictRecord>();
    if (!conflicts)
        m_error->setText(conflicts.error());
    const QLocale locale;
    m_list->clearContents();
    m_list->setRowCount(int(m_conflicts.size()));
    int open = 0;
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const ConflictRecord& c = m_conflicts.at(r);
        if (!c.reviewedAt.isValid())
            ++open;
        const QString reviewed =
            c.reviewedAt.isValid()
                ? tr("%1, %2").arg(c.reviewedBy, locale.toString(c.reviewedAt.toLocalTime(),
                                                                 QLocale::ShortFormat))
                : QString();
        const QStringList cells = {locale.toString(c.at.toLocalTime(), QLocale::ShortFormat),
                                   c.field.isEmpty()
                                       ? entityName(c.entity)
                                       : tr("%1: %2").arg(entityName(c.entity), fieldName(c.field)),
                                   c.debtorName,
                                   written(c.winnerDevice, c.winnerVersion, c.winnerWrittenAt),
                                   written(c.loserDevice, c.loserVersion, c.loserWrittenAt),
                                   reviewed};
        for (int col = 0; col < cells.size(); ++col)
            m_list->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_list->resizeColumnsToContents();
    m_info->setText(
        m_conflicts.isEmpty()
            ? tr("No sync conflicts to review.")
            : tr("%n conflict(s) to review. Two offices changed the same field while apart: the "
                 "later change was kept everywhere, and the overwritten value is shown below. "
                 "Anything worth keeping is entered again on the debtor's card.",
                 nullptr, open));
    m_mark->setEnabled(false);
    if (!m_conflicts.isEmpty())
        m_list->selectRow(0);
    showDetails();
}

void ConflictReviewDialog::showDetails()
{
    m_details->clearContents();
    m_details->setRowCount(0);
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    bool anyOpen = false;
    for (const QModelIndex& index : rows)
        anyOpen = anyOpen || !m_conflicts.at(index.row()).reviewedAt.isValid();
    m_mark->setEnabled(anyOpen);
    if (rows.size() != 1)
        return;
    const ConflictRecord& c = m_conflicts.at(rows.first().row());
    m_details->setRowCount(int(c.differences.size()));
    for (int r = 0; r < c.differences.size(); ++r) {
        const ConflictRecord::Field& f = c.differences.at(r);
        // Amounts are stored in cents; shown as money.
        const auto value = [&f](const QString& v) {
            bool number = false;
            const qint64 cents = v.toLongLong(&number);
            return f.name.endsWith(QLatin1String("_cents")) && number
                       ? Money::fromCents(cents).format()
                       : v;
        };
        m_details->setItem(r, 0, new QTableWidgetItem(fieldName(f.name)));
        m_details->setItem(r, 1, new QTableWidgetItem(value(f.overwritten)));
        m_details->setItem(r, 2, new QTableWidgetItem(value(f.current)));
    }
    m_details->resizeColumnsToContents();
}

void ConflictReviewDialog::markSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows()) {
        const ConflictRecord& c = m_conflicts.at(index.row());
        if (!c.reviewedAt.isValid())
            ids << c.id;
    }
    if (Status s = ConflictRepository(m_db, m_clock).markReviewed(m_session, ids); !s) {
        m_error->setText(s.error());
        return;
    }
    reload();
    m_error->clear();
    emit reviewed();
}

} // namespace ascolto
