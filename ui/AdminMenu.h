#pragma once

#include <QObject>
#include <QPointer>

#include "SetupChecklist.h"

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace ascolto {

class Clock;
class Database;
class Session;

// The Administration menu (administrators only): the set-up checklist, clients, users and the
// assignment of unassigned debtors. Owns no rules; each dialog goes through storage.
class AdminMenu : public QObject
{
    Q_OBJECT
public:
    AdminMenu(Database& db, const Clock& clock, const Session& session, QString scriptsDir,
              QMenu* menu, QWidget* window);

    // Each opens its dialog (window-modal, deleted on close) and returns it.
    SetupChecklist* openChecklist();
    QDialog* openClients(const QString& clientId = {});
    QDialog* openUsers();
    // Applies every client's rule to its unassigned debtors and says what happened.
    QString assignNow();
    void retranslate();
    // Every dialog the window opens while the checklist is up: when it closes, the checklist
    // says how far the set-up has come (a client saved, users added, a file imported).
    void watchDialog(QDialog* dialog);

signals:
    void importRequested();
    void dialogOpened(QDialog* dialog);
    // Data changed (clients, users, assignment): the window reloads its lists.
    void changed();

private:
    Database& m_db;
    const Clock& m_clock;
    const Session& m_session;
    QString m_scriptsDir;
    QMenu* m_menu;
    QWidget* m_window;
    QAction* m_checklist;
    QAction* m_newClient;
    QMenu* m_editClient;
    QAction* m_users;
    QAction* m_assign;
    QPointer<SetupChecklist> m_openChecklist;
};

} // namespace ascolto
