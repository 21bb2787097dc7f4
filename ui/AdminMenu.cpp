#include "AdminMenu.h"

#include "ClientDialog.h"
#include "MessageBox.h"
#include "SetupChecklist.h"
#include "UsersDialog.h"

#include "storage/AssignmentRepository.h"
#include "storage/ClientRepository.h"

#include <QMenu>

namespace ascolto {

AdminMenu::AdminMenu(Database& db, const Clock& clock, const Session& session, QString scriptsDir,
                     QMenu* menu, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_scriptsDir(std::move(scriptsDir))
    , m_menu(menu)
    , m_window(window)
{
    m_checklist = menu->addAction(QString());
    m_checklist->setObjectName(QStringLiteral("actionSetupChecklist"));
    connect(m_checklist, &QAction::triggered, this, [this] { openChecklist(); });
    menu->addSeparator();
    m_newClient = menu->addAction(QString());
    m_newClient->setObjectName(QStringLiteral("actionNewClient"));
    connect(m_newClient, &QAction::triggered, this, [this] { openClients(); });
    m_editClient = menu->addMenu(QString());
    m_editClient->setObjectName(QStringLiteral("menuEditClient"));
    connect(m_editClient, &QMenu::aboutToShow, this, [this] {
        m_editClient->clear();
        for (const ClientRecord& c : ClientRepository(m_db, m_clock).all()) {
            QAction* a = m_editClient->addAction(QStringLiteral("%1 (%2)").arg(c.name, c.code));
            const QString id = c.id;
            connect(a, &QAction::triggered, this, [this, id] { openClients(id); });
        }
    });
    m_users = menu->addAction(QString());
    m_users->setObjectName(QStringLiteral("actionUsers"));
    connect(m_users, &QAction::triggered, this, [this] { openUsers(); });
    m_assign = menu->addAction(QString());
    m_assign->setObjectName(QStringLiteral("actionAssign"));
    connect(m_assign, &QAction::triggered, this,
            [this] { MessageBox::information(m_window, tr("Assignment"), assignNow()); });
    retranslate();
}

void AdminMenu::retranslate()
{
    m_menu->setTitle(tr("&Administration"));
    m_checklist->setText(tr("Set-up &checklist..."));
    m_newClient->setText(tr("&New client..."));
    m_editClient->setTitle(tr("&Edit client"));
    m_users->setText(tr("&Users..."));
    m_assign->setText(tr("&Assign unassigned debtors"));
    m_assign->setToolTip(tr("Each client's rule gives its debtors without an operator to its "
                            "active operators; assigned debtors never move."));
}

SetupChecklist* AdminMenu::openChecklist()
{
    auto* checklist = new SetupChecklist(m_db, m_clock, m_session, m_window);
    checklist->setAttribute(Qt::WA_DeleteOnClose);
    m_openChecklist = checklist;
    connect(checklist, &SetupChecklist::clientsRequested, this, [this] {
        const auto clients = ClientRepository(m_db, m_clock).all();
        openClients(clients.isEmpty() ? QString() : clients.first().id);
    });
    connect(checklist, &SetupChecklist::usersRequested, this, [this] { openUsers(); });
    connect(checklist, &SetupChecklist::importRequested, this, &AdminMenu::importRequested);
    connect(checklist, &SetupChecklist::assignRequested, this, [this, checklist] {
        MessageBox::information(checklist, tr("Assignment"), assignNow());
        checklist->refresh();
    });
    emit dialogOpened(checklist);
    checklist->open();
    return checklist;
}

void AdminMenu::watchDialog(QDialog* dialog)
{
    if (m_openChecklist && dialog && dialog != m_openChecklist)
        connect(dialog, &QDialog::finished, m_openChecklist.data(), &SetupChecklist::refresh);
}

QDialog* AdminMenu::openClients(const QString& clientId)
{
    auto* dialog = new ClientDialog(m_db, m_clock, m_session, m_scriptsDir, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!clientId.isEmpty())
        dialog->load(clientId);
    connect(dialog, &QDialog::accepted, this, &AdminMenu::changed);
    emit dialogOpened(dialog);
    dialog->open();
    return dialog;
}

QDialog* AdminMenu::openUsers()
{
    auto* dialog = new UsersDialog(m_db, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &AdminMenu::changed);
    emit dialogOpened(dialog);
    dialog->open();
    return dialog;
}

QString AdminMenu::assignNow()
{
    QStringList lines;
    AssignmentRepository assignments(m_db, m_clock);
    for (const ClientRecord& c : ClientRepository(m_db, m_clock).all()) {
        if (assignments.unassignedCount(c.id) == 0)
            continue;
        const auto outcome = assignments.assignUnassigned(m_session, c.id);
        lines << QStringLiteral("%1: %2").arg(c.code, outcome ? outcome->text() : outcome.error());
    }
    if (lines.isEmpty())
        return tr("Every debtor already has an operator.");
    emit changed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ascolto
