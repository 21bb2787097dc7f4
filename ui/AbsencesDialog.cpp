#include "AbsencesDialog.h"

#include "DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ascolto {

AbsencesDialog::AbsencesDialog(const AbsenceRepository& absences, Session session,
                               const QVector<QPair<QString, QString>>& operators,
                               const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_absences(absences)
    , m_session(std::move(session))
    , m_table(new QTableWidget(this))
    , m_operator(new QComboBox(this))
    , m_backup(new QComboBox(this))
    , m_from(new DateField(DateField::Mode::Date, this))
    , m_to(new DateField(DateField::Mode::Date, this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add the absence"), this))
    , m_end(new QPushButton(tr("End it now"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("absencesDialog"));
    setWindowTitle(tr("Absences and backups"));
    m_table->setObjectName(QStringLiteral("absencesTable"));
    m_operator->setObjectName(QStringLiteral("absenceOperator"));
    m_backup->setObjectName(QStringLiteral("absenceBackup"));
    m_from->setObjectName(QStringLiteral("absenceFrom"));
    m_to->setObjectName(QStringLiteral("absenceTo"));
    m_note->setObjectName(QStringLiteral("absenceNote"));
    m_add->setObjectName(QStringLiteral("absenceAdd"));
    m_end->setObjectName(QStringLiteral("absenceEnd"));
    m_error->setObjectName(QStringLiteral("absenceError"));
    for (const auto& [id, name] : operators) {
        m_operator->addItem(name, id);
        m_backup->addItem(name, id);
    }
    if (m_backup->count() > 1)
        m_backup->setCurrentIndex(1);
    for (DateField* d : {m_from, m_to}) {
        d->setToday(today);
        d->setRequired(true);
    }
    m_from->setDate(today);
    m_to->setDate(today);
    m_note->setPlaceholderText(tr("e.g. holidays, training; what the backup should know"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Away"), tr("Covered by"), tr("From"), tr("To"), tr("Note"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* intro = new QLabel(tr("While an absence lasts, the backup's Today and portfolio include "
                                "the absent colleague's debtors; their interlocutor stays the "
                                "same, and the backup's calls count as a colleague's."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Away:"), m_operator);
    form->addRow(tr("Covered by:"), m_backup);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To (included):"), m_to);
    form->addRow(tr("Note:"), m_note);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_end);
    actions->addStretch(1);
    actions->addWidget(m_add);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AbsencesDialog::addAbsence);
    connect(m_end, &QPushButton::clicked, this, &AbsencesDialog::endSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);
    reload();
    resize(760, 520);
}

void AbsencesDialog::reload()
{
    const auto rows = m_absences.list(m_session);
    m_rows = rows ? *rows : QVector<AbsenceRecord>();
    if (!rows)
        showError(rows.error());
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const AbsenceRecord& a = m_rows.at(r);
        const QStringList cells{a.operatorName,
                                a.backupName,
                                locale.toString(a.from, QLocale::ShortFormat),
                                locale.toString(a.to, QLocale::ShortFormat),
                                a.note,
                                a.cancelled ? tr("ended early") : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

void AbsencesDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AbsencesDialog::addAbsence()
{
    for (DateField* d : {m_from, m_to}) {
        if (!d->problem().isEmpty())
            return showError(d->problem());
    }
    const auto added = m_absences.add(m_session, m_operator->currentData().toString(),
                                      m_backup->currentData().toString(), m_from->date(),
                                      m_to->date(), m_note->text());
    if (!added)
        return showError(added.error());
    showError(QString());
    m_note->clear();
    reload();
    const QLocale locale;
    emit changed(
        tr("%1 is away from %2 to %3; %4 covers.")
            .arg(m_operator->currentText(), locale.toString(m_from->date(), QLocale::ShortFormat),
                 locale.toString(m_to->date(), QLocale::ShortFormat), m_backup->currentText()));
}

void AbsencesDialog::endSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return showError(tr("Choose the absence to end."));
    const AbsenceRecord a = m_rows.at(row);
    if (Status s = m_absences.cancel(m_session, a.id); !s)
        return showError(s.error());
    showError(QString());
    reload();
    emit changed(
        tr("The absence of %1 is ended: %2 no longer covers.").arg(a.operatorName, a.backupName));
}

} // namespace ascolto
