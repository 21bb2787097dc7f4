#include "SetupChecklist.h"

#include "storage/AssignmentRepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {
const char* const kSteps[4] = {"client", "users", "files", "assignment"};
}

SetupChecklist::SetupChecklist(Database& db, const Clock& clock, const Session& session,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("SetupChecklist"));
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        m_titles[i] = new QLabel;
        m_titles[i]->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_states[i] = new QLabel;
        m_states[i]->setObjectName(QStringLiteral("state_") + QLatin1String(kSteps[i]));
        m_states[i]->setWordWrap(true);
        m_buttons[i] = new QPushButton;
        m_buttons[i]->setObjectName(QStringLiteral("open_") + QLatin1String(kSteps[i]));
        grid->addWidget(m_titles[i], i, 0);
        grid->addWidget(m_states[i], i, 1);
        grid->addWidget(m_buttons[i], i, 2);
    }
    grid->setColumnStretch(1, 1);
    connect(m_buttons[0], &QPushButton::clicked, this, &SetupChecklist::clientsRequested);
    connect(m_buttons[1], &QPushButton::clicked, this, &SetupChecklist::usersRequested);
    connect(m_buttons[2], &QPushButton::clicked, this, &SetupChecklist::importRequested);
    connect(m_buttons[3], &QPushButton::clicked, this, &SetupChecklist::assignRequested);
    m_close = new QPushButton;
    connect(m_close, &QPushButton::clicked, this, &SetupChecklist::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);
    retranslate();
    resize(720, 300);
}

void SetupChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SetupChecklist::retranslate()
{
    setWindowTitle(tr("Set-up checklist"));
    m_intro->setText(tr("From an empty store to operators working a client's portfolio: "
                        "each step opens its screen and says how far it is."));
    m_titles[0]->setText(tr("1. Client"));
    m_titles[1]->setText(tr("2. Users"));
    m_titles[2]->setText(tr("3. Client's files"));
    m_titles[3]->setText(tr("4. Assignment"));
    m_buttons[0]->setText(tr("Clients..."));
    m_buttons[1]->setText(tr("Users..."));
    m_buttons[2]->setText(tr("Import a file..."));
    m_buttons[3]->setText(tr("Assign now"));
    m_close->setText(tr("Close"));
    refresh();
}

void SetupChecklist::refresh()
{
    const auto p = AssignmentRepository(m_db, m_clock).setupProgress();
    const QString done = QStringLiteral("✔ ");
    const QString todo = QStringLiteral("○ ");
    const bool client = p.clients > 0;
    const bool users = p.operators > 0 && p.teamLeads > 0;
    const bool files = p.debtors > 0;
    const bool assigned = files && p.unassigned == 0;
    m_states[0]->setText((client ? done : todo) +
                         (client ? tr("%n client(s) set up", nullptr, p.clients)
                                 : tr("Create the client with its mandate rules")));
    m_states[1]->setText(
        (users ? done : todo) + tr("%n operator(s)", nullptr, p.operators) + QStringLiteral(", ") +
        tr("%n team lead(s)", nullptr, p.teamLeads) +
        (users ? QString() : QStringLiteral(": ") + tr("at least one of each is needed")));
    m_states[2]->setText((files ? done : todo) +
                         tr("%1 debtors, %2 bills imported")
                             .arg(QLocale().toString(p.debtors), QLocale().toString(p.bills)));
    m_states[3]->setText((assigned ? done : todo) +
                         (files ? tr("%n debtor(s) without an operator", nullptr, p.unassigned)
                                : tr("Import the debtors first")));
    m_buttons[1]->setEnabled(client);
    m_buttons[2]->setEnabled(client);
    m_buttons[3]->setEnabled(files && p.unassigned > 0 && p.operators > 0);
    m_complete = client && users && files && assigned;
}

QString SetupChecklist::status(const QString& step) const
{
    for (int i = 0; i < 4; ++i)
        if (step == QLatin1String(kSteps[i]))
            return m_states[i]->text();
    return {};
}

} // namespace ascolto
